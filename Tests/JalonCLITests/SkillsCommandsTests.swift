import Foundation
import JalonXML
import Testing

/// `skills add-experience|add|rate|remove|list` through the binary, on the bundled catalogue: each
/// change checked in the saved document, each refusal a sentence that leaves the history as it was.
@Suite("jalon: skills commands, end to end through the binary")
struct SkillsCommandsTests: ProjectCommandSuite {
    let folder = ScratchFolder()

    private func create() throws -> String {
        try jalon.run("init", "--name", "Yanis").stdout.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    private func skills(_ id: String) throws -> [[String: Any]] {
        let list = try jalon.run("competences", "list", id, "--json")
        let shape = try JSONSerialization.jsonObject(with: Data(list.stdout.utf8)) as? [String: Any]
        return shape?["skills"] as? [[String: Any]] ?? []
    }

    @Test func anExperienceByWordsWithItsCoreSkillsThenDeclaredOnes() throws {
        let id = try create()
        #expect(try jalon.run("profil", "set", id, "--situation", "reconversion", "--diplome", "4", "--departement", "70").status == 0)

        // "aide-soignant" clearly names fiche J1501 (the experience search picks one of its appellations);
        // its core skills are confirmed.
        let added = try jalon.run("competences", "add-experience", id, "aide-soignant", "--years", "3", "--accept-core")
        #expect(added.status == 0, "\(added.stderr)")
        #expect(added.stdout.contains("Expérience x1 ajoutée : Aide-soignant") && added.stdout.contains("(J1501)."), "\(added.stdout)")
        var document = try saved(id)
        #expect(try value(document, "//p:experiences/p:experience[@id='x1']/p:appellation/@ogr").isEmpty == false)
        #expect(try value(document, "//p:experiences/p:experience[@id='x1']/@nature") == "emploi")
        #expect(try value(document, "//p:experiences/p:experience[@id='x1']/p:annees") == "3")
        #expect(
            try value(document, "count(//p:portefeuille/p:competence[p:source/p:experience/@ref='x1'][@maitrise='2'])")
                == String(try value(document, "count(//p:portefeuille/p:competence)")))
        let core = try skills(id)
        #expect(!core.isEmpty)
        #expect(core.allSatisfy { $0["source"] as? String == "experience" && $0["experience"] as? String == "x1" && $0["level"] as? Int == 2 })
        #expect(try history(id).count == 3)

        // Without --accept-core the next experience's new core skills are suggestions, listed with how to confirm.
        let second = try jalon.run("competences", "add-experience", id, "10892", "--nature", "stage")
        #expect(second.status == 0, "\(second.stderr)")
        #expect(second.stdout.contains("Expérience x2"))
        document = try saved(id)
        #expect(try value(document, "count(//p:experiences/p:experience)") == "2")
        #expect(try value(document, "//p:experiences/p:experience[@id='x2']/p:appellation/@ogr") == "10892")
        #expect(try value(document, "//p:experiences/p:experience[@id='x2']/@nature") == "stage")
        // Same fiche: its core skills are already confirmed and keep their source; none is suggested twice.
        #expect(try skills(id).count == core.count)
        #expect(try value(document, "count(//p:source/p:suggeree)") == "0")

        // A third fiche without --accept-core: suggestions, unrated, until --accept-core on a later
        // experience of the same fiche confirms them.
        let plumber = try jalon.run("competences", "add-experience", id, "plombier chauffagiste", "--nature", "benevolat")
        #expect(plumber.status == 0, "\(plumber.stderr)")
        #expect(plumber.stdout.contains("Pour confirmer : jalon competences rate \(id) OGR NIVEAU"))
        document = try saved(id)
        #expect(try value(document, "//p:experiences/p:experience[@id='x3']/p:appellation/@ogr") == "17838")
        let suggested = try value(document, "count(//p:competence[p:source/p:suggeree/@ref='x3'][not(@maitrise)])")
        #expect(Int(suggested) ?? 0 > 0)
        #expect(try jalon.run("competences", "add-experience", id, "17838", "--accept-core").status == 0)
        document = try saved(id)
        #expect(try value(document, "count(//p:source/p:suggeree)") == "0")
        #expect(try value(document, "count(//p:competence[p:source/p:experience/@ref='x4'][@maitrise='2'])") == suggested)
        // Same ROME item once only (xs:unique), whatever the number of experiences naming it.
        #expect(try value(document, "count(//p:portefeuille/p:competence)") == String(core.count + Int(suggested)!))

        // Declared skills: a catalogue item by its code, and the person's own words.
        let declared = try jalon.run("competences", "add", id, "482295", "--level", "3")
        #expect(declared.status == 0, "\(declared.stderr)")
        expectRefused(try jalon.run("competences", "add", id, "482295"), status: 1, containing: "déjà dans vos compétences")
        #expect(try jalon.run("competences", "add", id, "Langue des signes").status == 0)
        document = try saved(id)
        #expect(try value(document, "//p:competence[p:item/@ogr='482295']/@maitrise") == "3")
        #expect(try value(document, "count(//p:competence[p:item/@ogr='482295']/p:source/p:declaree)") == "1")
        #expect(try value(document, "count(//p:competence[p:libelle='Langue des signes']/p:source/p:declaree)") == "1")
        #expect(try skills(id).contains { $0["libelle"] as? String == "Langue des signes" && $0["source"] as? String == "declaree" })

        // Rate, then remove, one item.
        let ogr = try #require(core.first?["ogr"] as? Int)
        #expect(try jalon.run("competences", "rate", id, String(ogr), "4").status == 0)
        #expect(try skills(id).first { $0["ogr"] as? Int == ogr }?["level"] as? Int == 4)
        expectRefused(try jalon.run("competences", "rate", id, String(ogr), "4"), status: 1, containing: "déjà le niveau 4")
        let count = try history(id).count
        #expect(try jalon.run("competences", "remove", id, String(ogr)).status == 0)
        #expect(try skills(id).contains { $0["ogr"] as? Int == ogr } == false)
        #expect(try history(id).count == count + 1)
        #expect(try history(id).last?.contains("Compétence \(ogr) retirée") == true)
    }

    /// The example: volunteering in an old people's home offers the care and support jobs a
    /// counsellor would, for the person to choose; choosing one by its OGR code then adds it.
    @Test func anExperienceInOwnWordsOffersRelevantJobs() throws {
        let id = try create()
        let before = try history(id)
        let ehpad = try jalon.run("competences", "add-experience", id, "bénévole en EHPAD", "--nature", "benevolat")
        expectRefused(ehpad, status: 64, containing: "peut désigner plusieurs métiers")
        let offered = Set(["J1501", "J1301", "K1302", "K1306", "K1311", "K1206", "K1217", "K1301"].filter { ehpad.stderr.contains("(\($0))") })
        #expect(offered.isSuperset(of: ["J1501", "J1301"]) && offered.count >= 4, "\(ehpad.stderr)")
        #expect(!ehpad.stderr.contains("chantier de jeunes bénévoles"))
        #expect(try history(id) == before)

        let summer = try jalon.run("competences", "add-experience", id, "serveuse l'été dans un camping", "--nature", "emploi")
        #expect((summer.stdout + summer.stderr).contains("(G1803)"), "\(summer.stderr)")
        let plonge = try jalon.run("competences", "add-experience", id, "j'ai fait la plonge dans un restaurant")
        #expect((plonge.stdout + plonge.stderr).contains("(G1605)"), "\(plonge.stdout)\(plonge.stderr)")
    }

    @Test func badInputSavesNothing() throws {
        let id = try create()
        let before = try history(id)
        expectRefused(try jalon.run("competences", "add-experience", Self.unknownProject, "10891"), status: 66, containing: "aucun projet")
        expectRefused(try jalon.run("competences", "add-experience", id, "99999999"), status: 64, containing: "n’est pas le code OGR d’une appellation")
        expectRefused(try jalon.run("competences", "add-experience", id, "electricien"), status: 64, containing: "peut désigner plusieurs métiers")
        expectRefused(try jalon.run("competences", "add-experience", id, "xyzzyq"), status: 64, containing: "aucun métier ne correspond")
        // Experience texts that describe nothing.
        expectRefused(try jalon.run("competences", "add-experience", id, ""), status: 64, containing: "L'expérience est vide")
        expectRefused(try jalon.run("competences", "add-experience", id, "a"), status: 64, containing: "« a » est trop court")
        expectRefused(try jalon.run("competences", "add-experience", id, "🙂🎉"), status: 64, containing: "ne contient aucun mot")
        expectRefused(
            try jalon.run("competences", "add-experience", id, String(repeating: "serveuse ", count: 1_112)), status: 64,
            containing: "L'expérience fait 10007 caractères")
        expectRefused(try jalon.run("competences", "add-experience", id, "10891", "--years", "-1"), status: 64, containing: "durée « -1 » impossible")
        expectRefused(try jalon.run("competences", "add-experience", id, "10891", "--nature", "sport"), status: 64, containing: "nature « sport » inconnue")
        expectRefused(try jalon.run("competences", "add", id, "99999999"), status: 64, containing: "n’est pas le code OGR d’une compétence")
        expectRefused(try jalon.run("competences", "add", id, "107661", "--level", "5"), status: 64, containing: "niveau « 5 » impossible")
        expectRefused(try jalon.run("competences", "rate", id, "107661", "5"), status: 64, containing: "niveau « 5 » impossible")
        expectRefused(try jalon.run("competences", "rate", id, "107661", "2"), status: 64, containing: "n’est pas dans vos compétences")
        expectRefused(try jalon.run("competences", "remove", id, "107661"), status: 64, containing: "n’est pas dans vos compétences")
        expectRefused(try jalon.run("competences", "list", Self.unknownProject), status: 66, containing: "aucun projet")
        let english = try jalon.run("competences", "add-experience", id, "electricien", "--lang", "en")
        expectRefused(english, status: 64, containing: "'electricien' may name several jobs; give the OGR code of one of them: ")
        #expect(try history(id) == before)
    }
}
