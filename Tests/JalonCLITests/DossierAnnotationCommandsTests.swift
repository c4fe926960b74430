import Foundation
import JalonXML
import Testing

/// The round trip: the person exports a dossier, a counsellor annotates it, the person imports it back
/// while both sides went on changing things.
@Suite("jalon dossier annotate, import of an annotated dossier: through the binary")
struct DossierAnnotationCommandsTests: ProjectCommandSuite {
    let folder = ScratchFolder()
    static let durand = ["--author", "Mme Durand", "--structure", "Mission locale"]

    /// Karim's project (notes n1, n2 by his France Travail counsellor) and its XML dossier, revision 1.
    func karimAndDossier() throws -> (id: String, dossier: String) {
        let id = try jalon.run("import", JalonProcess.sample("karim-montbeliard-reconversion.xml")).stdout
            .trimmingCharacters(in: .whitespacesAndNewlines)
        let dossier = folder.path + "/dossier.xml"
        let exported = try jalon.run("export", id, "--format", "xml", "-o", dossier)
        #expect(exported.status == 0, "\(exported.stderr)")
        return (id, dossier)
    }

    func annotate(_ input: String, _ arguments: [String], to output: String) throws {
        let result = try jalon.run(arguments: ["dossier", "annotate", input] + arguments + Self.durand + ["-o", output])
        #expect(result.status == 0, "\(result.stderr)")
    }

    func notes(_ id: String) throws -> [(id: String, status: String, author: String, text: String)] {
        let document = try saved(id)
        let count = Int(try value(document, "count(//p:notes/p:note)")) ?? 0
        return try (1...max(count, 1)).prefix(count).map { index in
            (
                try value(document, "//p:notes/p:note[\(index)]/@id"), try value(document, "//p:notes/p:note[\(index)]/@statut"),
                try value(document, "//p:notes/p:note[\(index)]/@auteur"), try value(document, "//p:notes/p:note[\(index)]")
            )
        }
    }

    @Test func bothSidesChangesArePresentAfterTheImportAndASecondImportAddsNothing() throws {
        let (id, dossier) = try karimAndDossier()
        // The counsellor: a new note, and n1's status changed.
        let annotated = folder.path + "/annote.xml", annotatedTwice = folder.path + "/annote2.xml"
        try annotate(dossier, ["--section", "plan", "--status", "besoin", "Prendre rendez-vous avec le CFA de Bethoncourt"], to: annotated)
        try annotate(annotated, ["--note", "n1", "--status", "besoin"], to: annotatedTwice)
        let verified = try jalon.run("verify-dossier", annotatedTwice)
        #expect(verified.status == 0 && verified.stdout.contains("annoté par Mme Durand (Mission locale)"), "\(verified.stdout)\(verified.stderr)")

        // The person, meanwhile: a plan action, the profile, a note of their own (n4, like the counsellor's;
        // Karim's project has n1 to n3).
        #expect(try jalon.run("plan", "add", id, "Visite du CFA", "--date", "2099-03-01").status == 0)
        #expect(try jalon.run("profil", "set", id, "--mobilite", "50").status == 0)
        #expect(
            try jalon.run(
                "note", "add", id, "--section", "formations", "--status", "point-appui", "--author", "Sophie M.",
                "CPF confirmé"
            ).status == 0)
        let before = try history(id).count

        let imported = try jalon.run("import", annotatedTwice)
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(imported.stdout.trimmingCharacters(in: .whitespacesAndNewlines) == id)
        #expect(imported.stderr.contains("n1 modifiée") && imported.stderr.contains("n5 ajoutée"), "\(imported.stderr)")
        let after = try history(id)
        #expect(after.count == before + 1, "one revision")
        #expect(after.last?.contains("conseiller Mme Durand") == true, "\(after.last ?? "")")

        let document = try saved(id)
        #expect(try value(document, "//p:plan/p:action[p:intitule='Visite du CFA']/@statut") != "", "the person's action is kept")
        #expect(try value(document, "//p:profil/p:mobiliteKm") == "50", "the person's profile change is kept")
        let merged = try notes(id)
        #expect(merged.map(\.id) == ["n1", "n2", "n3", "n4", "n5"])
        #expect(merged[0].status == "besoin" && merged[0].author == "Mme Durand", "the counsellor's status change")
        #expect(merged[3].text == "CPF confirmé", "the person's own note n4")
        #expect(merged[4].text == "Prendre rendez-vous avec le CFA de Bethoncourt", "the counsellor's new note, renumbered n5")

        let again = try jalon.run("import", annotatedTwice)
        #expect(again.status == 0, "\(again.stderr)")
        #expect(again.stderr.contains("rien de nouveau"))
        #expect(try history(id).count == before + 1, "the second import adds no revision")
        let asJSON = try json(try jalon.run("import", annotatedTwice, "--json")) as? [String: Any]
        #expect(asJSON?["id"] as? String == id && asJSON?["revision"] == nil && (asJSON?["changes"] as? [String])?.isEmpty == true)
    }

    /// Two counsellors annotate the same export; the first one's change to n1 is imported, then the
    /// second one's different change to n1 is a conflict: said, exit 1, nothing changed; with
    /// --keep-both both versions stay.
    @Test func theSameNoteChangedOnBothSidesIsAConflictAndNothingIsLost() throws {
        let (id, dossier) = try karimAndDossier()
        let first = folder.path + "/first.xml", second = folder.path + "/second.xml"
        try annotate(dossier, ["--note", "n2", "Financement CPF accordé"], to: first)
        try annotate(dossier, ["--note", "n2", "--status", "point-appui", "Financement refusé, voir la Région"], to: second)
        #expect(try jalon.run("import", first).status == 0)
        let count = try history(id).count
        let saved = try notes(id)

        let conflict = try jalon.run("import", second)
        expectRefused(conflict, status: 75, containing: "conflit sur la note n2")
        #expect(conflict.stderr.contains("Financement CPF accordé") && conflict.stderr.contains("Financement refusé, voir la Région"))
        #expect(conflict.stderr.contains("--keep-both"))
        #expect(try history(id).count == count, "nothing saved")
        #expect(try notes(id).map(\.text) == saved.map(\.text))

        let both = try jalon.run("import", second, "--keep-both")
        #expect(both.status == 0, "\(both.stderr)")
        let kept = try notes(id)
        #expect(kept.map(\.text).contains("Financement CPF accordé") && kept.map(\.text).contains("Financement refusé, voir la Région"))
        #expect(try jalon.run("import", second, "--keep-both").stderr.contains("rien de nouveau"))
    }

    @Test func aDossierWhoseBaseIsUnknownIsRefused() throws {
        let (id, dossier) = try karimAndDossier()
        let annotated = folder.path + "/annote.xml"
        try annotate(dossier, ["--section", "plan", "--status", "besoin", "Note"], to: annotated)

        // Another store, where Karim's project is not.
        let elsewhere = JalonProcess(store: folder.path + "/other-store")
        let missing = try elsewhere.run("import", annotated)
        expectRefused(missing, status: 66, containing: "n’est pas dans ce dossier de stockage")
        #expect(try elsewhere.projectIDs().isEmpty)

        // The export revision in the envelope changed to one the store has not, or to another one.
        #expect(try jalon.run("plan", "add", id, "Visite", "--date", "2099-03-01").status == 0)
        let count = try history(id).count
        for revision in ["9", "2"] {
            let moved = folder.path + "/moved-\(revision).xml"
            try String(contentsOfFile: annotated, encoding: .utf8).replacingOccurrences(of: #"revision="1""#, with: #"revision="\#(revision)""#)
                .write(toFile: moved, atomically: true, encoding: .utf8)
            expectRefused(try jalon.run("import", moved), status: 66, containing: "révision \(revision) du projet \(id)")
        }
        #expect(try history(id).count == count)
    }

    @Test func annotateRefusesAnAlteredDossierAndBadNotes() throws {
        let (_, dossier) = try karimAndDossier()
        let out = folder.path + "/out.xml"
        let text = try String(contentsOfFile: dossier, encoding: .utf8)
        let altered = folder.path + "/altered.xml"
        try text.replacingOccurrences(of: "<mobiliteKm>35</mobiliteKm>", with: "<mobiliteKm>36</mobiliteKm>").write(
            toFile: altered, atomically: true, encoding: .utf8)
        expectRefused(
            try jalon.run(arguments: ["dossier", "annotate", altered, "--section", "plan", "--status", "besoin", "x"] + Self.durand + ["-o", out]),
            status: 1, containing: "dossier altéré")
        expectRefused(
            try jalon.run(arguments: ["dossier", "annotate", dossier, "--note", "n9", "--status", "besoin"] + Self.durand + ["-o", out]),
            status: 64, containing: "pas de note « n9 »")
        expectRefused(
            try jalon.run(arguments: ["dossier", "annotate", dossier, "--section", "plan", "x"] + Self.durand + ["-o", out]),
            status: 64, containing: "--status")
        expectRefused(
            try jalon.run(arguments: ["dossier", "annotate", dossier, "--section", "voyage", "--status", "besoin", "x"] + Self.durand + ["-o", out]),
            status: 64, containing: "section inconnue « voyage »")
        #expect(!FileManager.default.fileExists(atPath: out))
    }

    /// A dossier imported with nothing annotated: its project is there, nothing new.
    @Test func importingAnUnannotatedDossierChangesNothing() throws {
        let (id, dossier) = try karimAndDossier()
        let result = try jalon.run("import", dossier)
        #expect(result.status == 0 && result.stderr.contains("rien de nouveau"), "\(result.stderr)")
        #expect(try history(id).count == 1)
    }
}
