import Foundation
import JalonXML
import Testing

/// The journey commands (status, advance, profil set, plan, note) through the binary: each change is
/// checked in the saved document, each refusal leaves the history as it was.
@Suite("jalon: the journey step by step, end to end through the binary")
struct JourneyCommandsTests: ProjectCommandSuite {
    let folder = ScratchFolder()

    private func create() throws -> String {
        try jalon.run("init", "--name", "Karim").stdout.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    private func importSample(_ name: String) throws -> String {
        try jalon.run("import", JalonProcess.sample(name)).stdout.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    @Test func aShortJourney() throws {
        let id = try create()

        // A new project: step 1 current, three things missing, the next command is profil set.
        let status = try jalon.run("status", id)
        #expect(status.status == 0, "\(status.stderr)")
        #expect(status.stdout.contains("▶ 1. Profil — "))
        #expect(status.stdout.contains("jalon profil set \(id)"))
        let shape = try #require(try json(try jalon.run("status", id, "--json")) as? [String: Any])
        #expect(shape["current"] as? String == "profil")
        #expect(shape["mayAdvance"] as? Bool == false)
        #expect((shape["steps"] as? [[String: Any]])?.count == 7)
        #expect((shape["needs"] as? [String])?.count == 3)
        #expect((shape["next"] as? [String: Any])?["command"] as? String == "jalon profil set \(id) --situation SITUATION --diplome NIVEAU --departement DD")

        // Too early: refused with what is missing, nothing saved.
        let refused = try jalon.run("advance", id)
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("impossible de quitter l’étape 1. Profil"))
        #expect(refused.stderr.contains("situation"))
        #expect(try history(id).count == 1)

        let set = try jalon.run(
            "profil", "set", id, "--situation", "reconversion", "--diplome", "4", "--commune", "25388",
            "--commune-nom", "Montbéliard", "--departement", "25", "--mobilite", "30",
            "--contrainte", "Pas de travail de nuit", "--annee-naissance", "1982")
        #expect(set.status == 0, "\(set.stderr)")
        var document = try saved(id)
        #expect(try value(document, "//p:profil/p:situation") == "reconversion")
        #expect(try value(document, "//p:profil/p:diplome") == "4")
        #expect(try value(document, "//p:profil/p:commune/@insee") == "25388")
        #expect(try value(document, "//p:profil/p:mobiliteKm") == "30")
        #expect(try value(document, "//p:profil/p:contraintes/p:contrainte") == "Pas de travail de nuit")
        #expect(try value(document, "//p:etape[@nom='profil']/@etat") == "en-cours")
        #expect(try history(id).last?.contains("Profil modifié") == true)

        // The same values again: nothing to save, said so, no empty revision.
        let same = try jalon.run("profil", "set", id, "--mobilite", "30")
        #expect(same.status == 1 && same.stderr.contains("déjà ces valeurs"))
        #expect(try history(id).count == 2)

        let advanced = try jalon.run("advance", id)
        #expect(advanced.status == 0, "\(advanced.stderr)")
        #expect(advanced.stdout.contains("2. Intérêts"))
        document = try saved(id)
        #expect(try value(document, "//p:etapes/@courante") == "interets")
        #expect(try value(document, "//p:etape[@nom='profil']/@etat") == "terminee")
        #expect(try value(document, "//p:etape[@nom='interets']/@etat") == "en-cours")
        #expect(try history(id).count == 3)

        // Revisiting the profile from step 2 keeps it terminée and step 2 en cours.
        #expect(try jalon.run("profil", "set", id, "--mobilite", "45").status == 0)
        document = try saved(id)
        #expect(try value(document, "//p:etape[@nom='profil']/@etat") == "terminee")
        #expect(try value(document, "//p:etape[@nom='interets']/@etat") == "en-cours")
        #expect(try history(id).count == 4)

        // Step 2 is empty: advancing again is refused, naming the centres d'intérêt.
        let again = try jalon.run("advance", id)
        #expect(again.status == 1)
        #expect(again.stderr.contains("2. Intérêts"))
        #expect(try history(id).count == 4)

        // The plan and a counsellor's note can be written at any step.
        let future = "2099-03-15"
        #expect(try jalon.run("plan", "add", id, "Enquête métier chez un électricien", "--date", future, "--kind", "enquete-metier").status == 0)
        #expect(try jalon.run("plan", "add", id, "Forum de l’alternance", "--date", "2099-04-01", "--kind", "forum").status == 0)
        #expect(try jalon.run("plan", "done", id, "2").status == 0)
        #expect(try jalon.run("plan", "done", id, "a1").status == 0)
        let list = try #require(try json(try jalon.run("plan", "list", id, "--json")) as? [[String: Any]])
        #expect(list.map { $0["id"] as? String } == ["a1", "a2"])
        #expect(list.map { $0["status"] as? String } == ["faite", "faite"])
        #expect(list.first?["fiche"] is NSNull)
        #expect(try jalon.run("plan", "list", id).stdout.contains("✓ 1. [a1] 2099-03-15 enquete-metier"))
        document = try saved(id)
        #expect(try value(document, "//p:plan/p:action[@id='a1']/@date") == future)
        #expect(try value(document, "//p:plan/p:action[@id='a2']/@type") == "forum")

        let note = try jalon.run(
            "note", "add", id, "--section", "profil", "--status", "point-appui", "--author", "Sophie M.",
            "--structure", "France Travail", "Expérience solide sur ligne.")
        #expect(note.status == 0, "\(note.stderr)")
        document = try saved(id)
        #expect(try value(document, "//p:notes/p:note[@id='n1']/@auteur") == "Sophie M.")
        #expect(try value(document, "//p:notes/p:note[@id='n1']/@statut") == "point-appui")
        #expect(try value(document, "//p:notes/p:note[@id='n1']/@section") == "profil")
        #expect(try history(id).last?.contains("conseiller Sophie M.") == true)
        #expect(try history(id).count == 9)
    }

    /// The rule of GUIDE §3: changing the profile marks the finished steps after it à revoir.
    @Test func changingTheProfileMarksLaterFinishedStepsARevoir() throws {
        let id = try importSample("yanis-dijon-apprentissage.xml")
        #expect(try jalon.run("profil", "set", id, "--mobilite", "55").status == 0)
        let document = try saved(id)
        for step in ["interets", "competences", "pistes", "formations"] {
            #expect(try value(document, "//p:etape[@nom='\(step)']/@etat") == "a-revoir")
        }
        #expect(try value(document, "//p:etape[@nom='plan']/@etat") == "en-cours")
        #expect(try value(document, "//p:etapes/@courante") == "plan")
        let status = try #require(try json(try jalon.run("status", id, "--json", "--lang", "en")) as? [String: Any])
        let states = (status["steps"] as? [[String: Any]])?.map { $0["state"] as? String }
        // The profil, left behind and still complete, stays terminée rather than en cours for good.
        #expect(states == ["terminee", "a-revoir", "a-revoir", "a-revoir", "a-revoir", "en-cours", "non-commencee"])
        // Ids that are not aN do not stop numbering: the new action is a1.
        #expect(try jalon.run("plan", "add", id, "Relancer le CFA", "--date", "2099-01-05", "--fiche", "F1602").stdout.contains("a1"))
        #expect(try value(try saved(id), "//p:plan/p:action[@id='a1']/@fiche") == "F1602")
    }

    /// Yanis with four more centres rated and a synthèse written: complete up to the last step.
    @Test func advancingToTheEndFinishesTheJourney() throws {
        let text = try String(contentsOfFile: JalonProcess.sample("yanis-dijon-apprentissage.xml"), encoding: .utf8)
            .replacingOccurrences(
                of: "<centre code=\"15\" note=\"1\"/>",
                with:
                    "<centre code=\"15\" note=\"1\"/><centre code=\"2\" note=\"1\"/><centre code=\"3\" note=\"1\"/><centre code=\"4\" note=\"1\"/><centre code=\"5\" note=\"1\"/>"
            )
            .replacingOccurrences(of: "</plan>", with: "</plan><synthese><paragraphe>Électricien en alternance.</paragraphe></synthese>")
        let path = folder.path + "/yanis-complete.xml"
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        let imported = try jalon.run("import", path)
        #expect(imported.status == 0, "\(imported.stderr)")
        let id = imported.stdout.trimmingCharacters(in: .whitespacesAndNewlines)

        let before = try #require(try json(try jalon.run("status", id, "--json")) as? [String: Any])
        #expect((before["next"] as? [String: Any])?["command"] as? String == "jalon advance \(id)")
        #expect(try jalon.run("advance", id).stdout.contains("7. Synthèse"))
        let finished = try jalon.run("advance", id)
        #expect(finished.stdout.contains("Parcours terminé"), "\(finished.stderr)")
        let document = try saved(id)
        #expect(try value(document, "//p:etapes/@courante") == "synthese")
        #expect(try value(document, "//p:etape[@nom='synthese']/@etat") == "terminee")
        #expect(try value(document, "//p:etape[@nom='plan']/@etat") == "terminee")
        let count = try history(id).count
        let again = try jalon.run("advance", id)
        #expect(again.status == 1 && again.stderr.contains("déjà terminé"))
        #expect(try history(id).count == count)
        let after = try #require(try json(try jalon.run("status", id, "--json")) as? [String: Any])
        #expect((after["next"] as? [String: Any])?["command"] as? String == "jalon export \(id) --format html -o dossier.html")
    }

    @Test func englishOutput() throws {
        let id = try create()
        var english = jalon
        english.language = "en"
        let status = try english.run("status", id)
        #expect(status.stdout.contains("What is missing:"))
        #expect(try english.run("advance", id).stderr.contains("cannot leave step 1"))
    }

    /// Every refusal: one sentence, a non-zero exit, the history unchanged.
    @Test(arguments: [
        (["advance", "ID"], Int32(1), "il manque"),
        (["profil", "set", "ID", "--situation", "astronaute"], 64, "situation inconnue"),
        (["profil", "set", "ID", "--diplome", "9"], 64, "niveau de diplôme « 9 »"),
        (["profil", "set", "ID", "--departement", "99x"], 64, "« 99x » n’est pas un département"),
        (["profil", "set", "ID", "--mobilite", "-5"], 64, "mobilité « -5 »"),
        (["profil", "set", "ID", "--annee-naissance", "2999"], 64, "année de naissance « 2999 »"),
        (["profil", "set", "ID", "--commune", "70279"], 64, "vont ensemble"),
        (["profil", "set", "ID"], 64, "rien à changer"),
        (["plan", "add", "ID", "X", "--date", "2026-02-30"], 64, "date « 2026-02-30 » invalide"),
        (["plan", "add", "ID", "X", "--date", "2001-01-01"], 64, "est passée"),
        (["plan", "add", "ID", "X", "--date", "2099-01-01", "--kind", "sieste"], 64, "type d’action inconnu"),
        (["plan", "add", "ID", "X", "--date", "2099-01-01", "--fiche", "Z9999"], 64, "code de fiche ROME"),
        (["plan", "done", "ID", "3"], 66, "aucune action « 3 »"),
        (["plan", "add", "ID", "X", "--date", "2099-01-01", "--fiche", "J1501"], 1, "n’est pas une piste retenue"),
        (["note", "add", "ID", "--section", "loisirs", "--status", "besoin", "--author", "S", "T"], 64, "section inconnue"),
        (["note", "add", "ID", "--section", "plan", "--status", "bof", "--author", "S", "T"], 64, "statut inconnu")
    ])
    func badInputChangesNothing(arguments: [String], status: Int32, words: String) throws {
        let id = try create()
        let before = try history(id)
        let result = try jalon.run(arguments: arguments.map { $0 == "ID" ? id : $0 })
        #expect(result.status == status, "\(result.stderr)")
        #expect(result.stderr.contains(words), "\(result.stderr)")
        #expect(!result.stderr.contains("Fatal error"))
        #expect(try history(id) == before)
    }

    @Test(arguments: [["status"], ["advance"], ["plan", "list"], ["profil", "set", "--mobilite", "5"]])
    func unknownProject(command: [String]) throws {
        let unknown = "3f1c4a52-0000-4000-8000-000000000000"
        var arguments = command
        arguments.insert(unknown, at: command.first == "profil" ? 2 : command.count)
        let result = try jalon.run(arguments: arguments)
        #expect(result.status == 66, "\(result.stderr)")
        #expect(result.stderr.contains("aucun projet"))
    }
}
