import Foundation
import JalonXML
import Testing

/// `interests rate|answer|show` and `synthese set` through the binary: each change checked in the
/// saved document and in `status`, each refusal a sentence that leaves the history as it was.
@Suite("jalon: interests and synthèse commands, end to end through the binary")
struct InterestsAndSyntheseCommandsTests: ProjectCommandSuite {
    let folder = ScratchFolder()

    /// Every question of `jalon-riasec-1`: Social answered 4, Artistique 3, Entreprenant 2, the rest 0,
    /// so the Holland code is SAE.
    static let allAnswers: String = {
        let values = ["r": 0, "i": 0, "a": 3, "s": 4, "e": 2, "c": 0]
        return (1...8).flatMap { n in ["r", "i", "a", "s", "e", "c"].map { "\($0)\(n)=\(values[$0]!)" } }.joined(separator: ",")
    }()

    private func create() throws -> String {
        try jalon.run("init", "--name", "Inès").stdout.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    @Test func fromProfileThroughInterestsToTheNextStep() throws {
        let id = try create()
        #expect(try jalon.run("profil", "set", id, "--situation", "reconversion", "--diplome", "4", "--departement", "70").status == 0)
        #expect(try jalon.run("advance", id).status == 0)
        #expect(try history(id).count == 3)
        #expect(try jalon.run("status", id).stdout.contains("jalon interets rate \(id) CENTRE NOTE"))

        // One rating: saved as <centre code note>, one revision, step 2 still incomplete.
        let rated = try jalon.run("interets", "rate", id, "22", "4")
        #expect(rated.status == 0, "\(rated.stderr)")
        #expect(rated.stdout.contains("Centre 22 noté 4/4."))
        var document = try saved(id)
        #expect(try value(document, "//p:interets/p:centres/p:centre[@code='22']/@note") == "4")
        #expect(try history(id).count == 4)
        #expect(try history(id).last?.contains("Centre d’intérêt 22 noté 4") == true)

        // Rating again replaces; the same rating again saves nothing.
        #expect(try jalon.run("interets", "rate", id, "22", "3").status == 0)
        document = try saved(id)
        #expect(try value(document, "count(//p:centres/p:centre[@code='22'])") == "1")
        #expect(try value(document, "//p:centres/p:centre[@code='22']/@note") == "3")
        expectRefused(try jalon.run("interets", "rate", id, "22", "3"), status: 1, containing: "déjà la note 3")
        #expect(try history(id).count == 5)

        for centre in 1...9 { #expect(try jalon.run("interets", "rate", id, String(centre), "2").status == 0) }
        #expect(try value(try saved(id), "count(//p:centres/p:centre)") == "10")
        let status = try jalon.run("status", id)
        #expect(status.stdout.contains("▶ 2. Intérêts"))
        #expect(status.stdout.contains("jalon interets answer \(id) --answers"))

        // Part of the questionnaire: answers saved, no profile yet, a warning in show.
        let part = try jalon.run("interets", "answer", id, "--answers", "r1=4,s1=3")
        #expect(part.status == 0, "\(part.stderr)")
        #expect(part.stdout.contains("2 sur 48"))
        document = try saved(id)
        #expect(try value(document, "//p:riasec/@questionnaire") == "jalon-riasec-1")
        #expect(try value(document, "//p:riasec/p:reponse[@question='s1']/@valeur") == "3")
        #expect(try value(document, "count(//p:profilRiasec)") == "0")
        let partial = try jalon.run("interets", "show", id)
        #expect(partial.stdout.contains("Pas encore de profil RIASEC."))
        #expect(partial.stdout.contains("⚠ questionnaire incomplet : 2 réponses sur 48"), "\(partial.stdout)")

        // Every answer: the profile is computed and saved, the step complete, status says advance.
        let all = try jalon.run("interets", "answer", id, "--answers", Self.allAnswers)
        #expect(all.status == 0, "\(all.stderr)")
        #expect(all.stdout.contains("Profil RIASEC : SAE"))
        document = try saved(id)
        #expect(try value(document, "count(//p:riasec/p:reponse)") == "48")
        #expect(try value(document, "//p:profilRiasec/p:score[@type='S']/@valeur") == "100")
        #expect(try value(document, "//p:profilRiasec/p:score[@type='R']/@valeur") == "0")
        let shown = try #require(try json(try jalon.run("interets", "show", id, "--json")) as? [String: Any])
        #expect(shown["code"] as? String == "SAE")
        #expect(shown["answers"] as? Int == 48)
        #expect((shown["centres"] as? [[String: Any]])?.count == 10)
        let english = try jalon.run("interets", "show", id, "--lang", "en")
        #expect(english.stdout.contains("RIASEC profile: SAE"))
        #expect(try jalon.run("status", id).stdout.contains("jalon advance \(id)"))

        // Step 3: status names skills add-experience; one experience with its core skills completes it.
        #expect(try jalon.run("advance", id).status == 0)
        #expect(try jalon.run("status", id).stdout.contains("jalon competences add-experience \(id)"))
        let experience = try jalon.run("competences", "add-experience", id, "aide-soignant", "--accept-core")
        #expect(experience.status == 0, "\(experience.stderr)")
        #expect(try value(try saved(id), "//p:experiences/p:experience[@id='x1']/p:appellation/@ogr").isEmpty == false)
        #expect(try jalon.run("status", id).stdout.contains("jalon advance \(id)"))

        // Rating a centre again from step 3 sends nothing later to à revoir (nothing later is finished),
        // and keeps step 2 terminée.
        #expect(try jalon.run("interets", "rate", id, "30", "1").status == 0)
        #expect(try value(try saved(id), "//p:etape[@nom='interets']/@etat") == "terminee")

        // The synthèse can be written at any step; each argument is one paragraph.
        let synthese = try jalon.run("synthese", "set", id, "Je vise le soin.", "Je commence par une immersion.")
        #expect(synthese.status == 0, "\(synthese.stderr)")
        document = try saved(id)
        #expect(try value(document, "count(//p:synthese/p:paragraphe)") == "2")
        #expect(try value(document, "//p:synthese/p:paragraphe[2]") == "Je commence par une immersion.")
        expectRefused(
            try jalon.run("synthese", "set", id, "Je vise le soin.", "Je commence par une immersion."),
            status: 1, containing: "déjà ce texte")
    }

    @Test func atTheSyntheseStatusNamesSyntheseSetWhichCompletesTheJourney() throws {
        // Yanis at the plan, complete up to it (five more centres rated), without a synthèse.
        let text = try String(contentsOfFile: JalonProcess.sample("yanis-dijon-apprentissage.xml"), encoding: .utf8)
            .replacingOccurrences(
                of: "<centre code=\"15\" note=\"1\"/>",
                with:
                    "<centre code=\"15\" note=\"1\"/><centre code=\"2\" note=\"1\"/><centre code=\"3\" note=\"1\"/><centre code=\"4\" note=\"1\"/><centre code=\"5\" note=\"1\"/>"
            )
        let path = folder.path + "/yanis.xml"
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        let id = try jalon.run("import", path).stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(try jalon.run("advance", id).stdout.contains("7. Synthèse"))
        let status = try #require(try json(try jalon.run("status", id, "--json")) as? [String: Any])
        #expect((status["next"] as? [String: Any])?["command"] as? String == "jalon synthese set \(id) \"PARAGRAPHE\" …")

        let set = try jalon.run("synthese", "set", id, "Electrician apprenticeship in Dijon.", "--lang", "en")
        #expect(set.status == 0, "\(set.stderr)")
        #expect(set.stdout.contains("Summary saved."))
        #expect(try value(try saved(id), "//p:synthese/p:paragraphe") == "Electrician apprenticeship in Dijon.")
        let after = try #require(try json(try jalon.run("status", id, "--json")) as? [String: Any])
        #expect((after["next"] as? [String: Any])?["command"] as? String == "jalon advance \(id)")
        #expect(try jalon.run("advance", id).stdout.contains("Parcours terminé"))
    }

    @Test func badInputSavesNothing() throws {
        let id = try create()
        let before = try history(id)
        expectRefused(try jalon.run("interets", "rate", Self.unknownProject, "3", "2"), status: 66, containing: "aucun projet")
        expectRefused(try jalon.run("interets", "rate", id, "31", "2"), status: 64, containing: "centre d’intérêt « 31 » inconnu")
        expectRefused(try jalon.run("interets", "rate", id, "0", "2"), status: 64, containing: "centre d’intérêt « 0 » inconnu")
        expectRefused(try jalon.run("interets", "rate", id, "3", "5"), status: 64, containing: "note « 5 » impossible")
        expectRefused(try jalon.run("interets", "answer", id, "--answers", "r1=4,z9=2"), status: 64, containing: "question « z9 » inconnue")
        expectRefused(try jalon.run("interets", "answer", id, "--answers", "r1=5"), status: 64, containing: "réponse « 5 » à r1 impossible")
        expectRefused(try jalon.run("interets", "answer", id, "--answers", "r1=4,r1=3"), status: 64, containing: "donnée deux fois")
        expectRefused(try jalon.run("interets", "answer", id, "--answers", "r1"), status: 64, containing: "illisible")
        expectRefused(try jalon.run("interets", "answer", id), status: 64, containing: "aucune réponse")
        expectRefused(try jalon.run("interets", "answer", Self.unknownProject, "--answers", "r1=4"), status: 66, containing: "aucun projet")
        expectRefused(try jalon.run("interets", "show", Self.unknownProject), status: 66, containing: "aucun projet")
        expectRefused(try jalon.run("synthese", "set", id), status: 64, containing: "au moins un paragraphe")
        expectRefused(try jalon.run("synthese", "set", id, "Un.", "  "), status: 64, containing: "aucun vide")
        expectRefused(try jalon.run("synthese", "set", Self.unknownProject, "Un."), status: 66, containing: "aucun projet")
        let english = try jalon.run("interets", "rate", id, "31", "2", "--lang", "en")
        expectRefused(english, status: 64, containing: "unknown centre d’intérêt '31'")
        #expect(try history(id) == before)
    }
}
