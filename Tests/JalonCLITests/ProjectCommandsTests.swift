import Foundation
import JalonXML
import Testing

@Suite("jalon: project commands, end to end through the binary")
struct ProjectCommandsTests {
    let folder = ScratchFolder()
    var jalon: JalonProcess { JalonProcess(store: folder.path + "/store") }

    @Test func initListShowAndHistory() throws {
        let created = try jalon.run("init", "--name", "Léa")
        #expect(created.status == 0)
        let id = created.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(try jalon.projectIDs() == [id])

        let shown = try jalon.run("show", id)
        #expect(shown.status == 0)
        #expect(shown.stdout.contains("Léa"))
        #expect(shown.stdout.contains("▶ 1. Profil"))

        let json = try jalon.run("show", id, "--json")
        let summary = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect(summary["currentStep"] as? String == "profil")
        #expect(summary["revision"] as? Int == 1)
        #expect((summary["steps"] as? [String: String])?["synthese"] == "non-commencee")

        let history = try jalon.run("history", id)
        #expect(history.stdout.hasPrefix("r1 "))
        #expect(history.stdout.contains("Création du projet"))
    }

    @Test(arguments: ["karim-montbeliard-reconversion.xml", "lea-gray-lyceenne.xml", "yanis-dijon-apprentissage.xml", "nadia-besancon-vae-portail.xml"])
    func importThenExportGivesTheSameDocument(sample: String) throws {
        let imported = try jalon.run("import", JalonProcess.sample(sample))
        #expect(imported.status == 0, "\(imported.stderr)")
        let id = imported.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        let output = folder.path + "/export.xml"
        let exported = try jalon.run("export", id, "--format", "projet", "-o", output)
        #expect(exported.status == 0, "\(exported.stderr)")
        let original = try XMLDocument(bytes: Array(try Data(contentsOf: URL(fileURLWithPath: JalonProcess.sample(sample)))), sourceName: sample)
        let roundTripped = try XMLDocument(bytes: Array(try Data(contentsOf: URL(fileURLWithPath: output))), sourceName: output)
        #expect(try original.canonicalBytes() == roundTripped.canonicalBytes())
        #expect(try jalon.run("validate", output).status == 0)
    }

    /// A document written by format 1.0 is migrated on import, said so, and exported in the current
    /// format: the sample it became, minus the suggestions and paths only 1.1 can hold.
    @Test func importingAFormatOneZeroDocumentMigratesIt() throws {
        let old = JalonProcess.repositoryRoot.appendingPathComponent("Tests/JalonStoreTests/Fixtures/format-1.0/lea-gray-lyceenne.xml").path
        let imported = try jalon.run("import", old)
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(imported.stderr.contains("document migré depuis le format 1.0"))
        let id = imported.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        let output = folder.path + "/migrated.xml"
        #expect(try jalon.run("export", id, "--format", "projet", "-o", output).status == 0)
        let exported = try XMLDocument(bytes: Array(try Data(contentsOf: URL(fileURLWithPath: output))), sourceName: output)
        #expect(exported.root?.attribute("schemaVersion") == "1.3")
        // The migrations change nothing else: the 1.0 document comes out as the (1.3) sample.
        let sampleText = try String(contentsOfFile: JalonProcess.sample("lea-gray-lyceenne.xml"), encoding: .utf8)
        let sample = try XMLDocument(bytes: Array(sampleText.utf8), sourceName: "lea")
        #expect(try exported.canonicalBytes() == sample.canonicalBytes())
        let validated = try jalon.run("validate", old)
        #expect(validated.status == 0, "\(validated.stdout)\(validated.stderr)")
    }

    @Test func importingTheSameDocumentTwiceKeepsBothUnderDifferentIDs() throws {
        let sample = JalonProcess.sample("lea-gray-lyceenne.xml")
        let first = try jalon.run("import", sample)
        let second = try jalon.run("import", sample)
        #expect(first.status == 0 && second.status == 0)
        #expect(first.stdout != second.stdout)
        #expect(second.stderr.contains("nouvel identifiant"))
        #expect(try jalon.projectIDs().count == 2)
    }

    @Test func diffRestoreAndFingerprints() throws {
        let sample = JalonProcess.sample("karim-montbeliard-reconversion.xml")
        let id = try jalon.run("import", sample).stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        // Restoring r1 adds r2 with r1's content, metadata included: the same fingerprint.
        let restored = try jalon.run("restore", id, "1")
        #expect(restored.status == 0, "\(restored.stderr)")
        let history = try JSONSerialization.jsonObject(with: Data(try jalon.run("history", id, "--json").stdout.utf8)) as? [[String: Any]]
        let entries = try #require(history)
        #expect(entries.count == 2)
        #expect(entries[1]["restoredFrom"] as? Int == 1)
        #expect(entries[0]["fingerprint"] as? String == entries[1]["fingerprint"] as? String)
        let diff = try jalon.run("diff", id, "1", "2")
        #expect(diff.stdout.contains("Aucune différence"))
        #expect(try jalon.run("verify").status == 0)
    }

    @Test func eraseRemovesEveryRevision() throws {
        let id = try jalon.run("init", "--name", "Temp").stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(try jalon.run("erase", id).status == 64)
        #expect(try jalon.projectIDs() == [id])
        let erased = try jalon.run("erase", id, "--yes")
        #expect(erased.status == 0)
        #expect(try jalon.projectIDs().isEmpty)
        let left = try FileManager.default.subpathsOfDirectory(atPath: jalon.store)
        #expect(!left.contains { $0.contains(id) })
    }

    @Test func englishOnRequest() throws {
        var english = jalon
        english.language = "en"
        let result = try english.run("show", "00000000-0000-0000-0000-000000000000")
        #expect(result.status == 66)
        #expect(result.stderr.contains("no project"))
        let flagged = try jalon.run(arguments: ["history", "00000000-0000-0000-0000-000000000000", "--lang", "en", "--store", jalon.store], withStore: false)
        #expect(flagged.stderr.contains("no project"))
    }
}

@Suite("jalon formations: what is shown is saved in the project")
struct TrainingsSavingTests {
    let folder = ScratchFolder()
    var jalon: JalonProcess { JalonProcess(store: folder.path + "/store") }

    @Test func shownPathsBecomeARevisionWithTheirStamp() throws {
        let id = try jalon.run("import", JalonProcess.sample("yanis-dijon-apprentissage.xml")).stdout
            .trimmingCharacters(in: .whitespacesAndNewlines)
        let shown = try jalon.run("formations", id, "J1501", "--limit", "2")
        #expect(shown.status == 0, "\(shown.stderr)")
        let history = try jalon.run("history", id).stdout.split(separator: "\n")
        #expect(history.count == 2)
        #expect(history.last?.contains("Parcours vers J1501 affichés") == true)

        let exported = folder.path + "/after.xml"
        #expect(try jalon.run("export", id, "--format", "projet", "-o", exported).status == 0)
        let document = try XMLDocument(bytes: Array(try Data(contentsOf: URL(fileURLWithPath: exported))), sourceName: exported)
        let namespaces = ["p": "urn:jalon:project:1"]
        #expect(try document.string("count(//p:parcours/p:cible[@fiche='J1501']/p:chemin)", namespaces: namespaces) == "2")
        #expect(try document.string("string(//p:parcours/@moteur)", namespaces: namespaces).isEmpty == false)
        #expect(try document.string("string(//p:parcours/@catalogue)", namespaces: namespaces).contains("rome@v460"))
        // The first saved path is the first one shown.
        let firstShown = try #require(shown.stdout.split(separator: "\n").first { $0.hasPrefix("1. ") })
        let firstSaved = try document.string("string(//p:parcours/p:cible/p:chemin[@rang='1']/p:etape[last()]/@certification)", namespaces: namespaces)
        #expect(firstShown.contains(firstSaved))

        let dryRun = try jalon.run("formations", id, "J1501", "--no-save")
        #expect(dryRun.status == 0)
        #expect(try jalon.run("history", id).stdout.split(separator: "\n").count == 2)
        #expect(try jalon.run("verify").status == 0)
    }
}

@Suite("jalon pistes suggest: what is shown is saved in the project")
struct SuggestionsSavingTests {
    let folder = ScratchFolder()
    var jalon: JalonProcess { JalonProcess(store: folder.path + "/store") }

    @Test func shownSuggestionsBecomeARevisionInTheirOrder() throws {
        let id = try jalon.run("import", JalonProcess.sample("lea-gray-lyceenne.xml")).stdout
            .trimmingCharacters(in: .whitespacesAndNewlines)
        let shown = try jalon.run("pistes", "suggest", id, "--limit", "4", "--json")
        #expect(shown.status == 0, "\(shown.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(shown.stdout.utf8)) as? [String: Any])
        let shownCodes = (json["suggestions"] as? [[String: Any]] ?? []).compactMap { $0["fiche"] as? String }
        #expect(shownCodes.count == 4)

        let exported = folder.path + "/after.xml"
        #expect(try jalon.run("export", id, "--format", "projet", "-o", exported).status == 0)
        let document = try XMLDocument(bytes: Array(try Data(contentsOf: URL(fileURLWithPath: exported))), sourceName: exported)
        let savedCodes = try document.select("//p:suggestions/p:suggestion", namespaces: ["p": "urn:jalon:project:1"])
            .compactMap { $0.attribute("fiche") }
        #expect(savedCodes == shownCodes)
        #expect(try jalon.run("history", id).stdout.contains("Suggestions de métiers affichées (4)"))

        #expect(try jalon.run("pistes", "suggest", id, "--no-save").status == 0)
        #expect(try jalon.run("history", id).stdout.split(separator: "\n").count == 2)
        #expect(try jalon.run("verify").status == 0)
    }
}
