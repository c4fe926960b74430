import Foundation
import Testing

/// `jalon formations` and `jalon readiness` on the sample projects, through the built binary.
@Suite("Commandes trainings et readiness", .serialized)
struct TrainingsReadinessCommandsTests {
    let folder = ScratchFolder()
    var jalon: JalonProcess { JalonProcess(store: folder.path + "/store") }

    func imported(_ sample: String) throws -> String {
        let result = try jalon.run("import", JalonProcess.sample(sample))
        #expect(result.status == 0, "\(result.stderr)")
        return result.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    func json(_ result: JalonProcess.Result) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    }

    @Test func karimsPathsToI1310WithAnOfferInMontbeliard() throws {
        let id = try imported("karim-montbeliard-reconversion.xml")
        let feed = folder.path + "/offres.xml"
        try """
        <lheo><offres>
        <formation numero="f1"><intitule-formation>TP Électromécanicien de maintenance industrielle</intitule-formation>
        <certification><code-RNCP>37276</code-RNCP></certification>
        <action numero="a1"><lieu-de-formation><coordonnees><ligne>Centre de formation</ligne>
        <adresse><ville>Montbéliard</ville><departement>25</departement><region>27</region></adresse></coordonnees></lieu-de-formation></action>
        </formation>
        </offres></lheo>
        """.write(toFile: feed, atomically: true, encoding: .utf8)

        let text = try jalon.run("formations", id, "I1310", "--lheo", feed, "--limit", "0")
        #expect(text.status == 0, "\(text.stderr)")
        #expect(text.stdout.hasPrefix("Parcours vers I1310 — "))
        #expect(text.stdout.contains("Personne : niveau 3 · en reconversion"))
        #expect(text.stdout.contains("département 25 (Bourgogne-Franche-Comté)"))
        #expect(text.stdout.contains("offre(s), la plus proche dans votre département (Centre de formation, Montbéliard)"), "\(text.stdout)")

        let result = try json(try jalon.run("formations", id, "I1310", "--json", "--lheo", feed))
        #expect(
            Set(result.keys) == [
                "fiche", "label", "emploiReglemente", "isKeptPiste", "person", "vae", "requiredCertifications", "offersGiven",
                "total", "paths", "setAside", "catalogueVersion"
            ])
        #expect(result["fiche"] as? String == "I1310")
        #expect(result["isKeptPiste"] as? Bool == true)
        #expect((result["person"] as? [String: Any])?["region"] as? String == "27")
        let paths = try #require(result["paths"] as? [[String: Any]])
        #expect(paths.count == 10)
        #expect((result["total"] as? Int ?? 0) > 10)
        #expect(paths.map { $0["rank"] as? Int } == Array(1...10))
        let scores = paths.compactMap { $0["score"] as? Double }
        #expect(scores == scores.sorted(by: >))
        for path in paths {
            let components = try #require(path["components"] as? [[String: Any]])
            #expect(components.map { $0["kind"] as? String } == ["ecart-niveau", "voie", "insertion", "offres", "reglementation"])
            // Weights no longer sum to 1 (an unknown figure is left out, a borrowed one counts half: issue 15);
            // what holds is that the shown points add up to the shown score.
            let points = components.compactMap { $0["points"] as? Double }.reduce(0, +)
            #expect(abs(points - (path["score"] as? Double ?? -1)) < 0.01, "\(components)")
        }
        // The offer makes the TP in formation continue rank first: 100 % of the offers component.
        let first = try #require(paths.first)
        #expect(first["certification"] as? String == "RNCP37276")
        #expect((first["offers"] as? [[String: Any]])?.first?["proximity"] as? String == "departement")
        #expect((first["replaces"] as? [String])?.contains("RNCP402") == true)
    }

    @Test func nadiasPathsToTheRegulatedAideSoignantStartWithTheDEAS() throws {
        let id = try imported("nadia-besancon-vae-portail.xml")
        let result = try json(try jalon.run("formations", id, "J1501", "--json", "--limit", "3"))
        #expect(result["requiredCertifications"] as? [String] == ["RNCP35830"])
        let paths = try #require(result["paths"] as? [[String: Any]])
        #expect(paths.first?["certification"] as? String == "RNCP35830")
        #expect(paths.first?["requiredByRegulation"] as? Bool == true)
        let insertion = try #require(paths.first?["insertion"] as? [String: Any])
        #expect(insertion["scope"] as? String == "region" && insertion["region"] as? String == "27")
        #expect(insertion["millesime"] as? String == "2022_2023")
        #expect((insertion["source"] as? [String: Any])?["id"] as? String == "inserjeunes")
        let english = try jalon.run("formations", id, "J1501", "--lang", "en", "--limit", "1")
        #expect(english.stdout.hasPrefix("Paths to J1501 — ") && english.stdout.contains("Regulated job: requires RNCP35830"), "\(english.stdout)")
    }

    @Test func trainingsFailuresAreOneSentence() throws {
        let id = try imported("lea-gray-lyceenne.xml")
        let unknown = try jalon.run("formations", id, "Z9999")
        #expect(unknown.status == 66)
        #expect(unknown.stderr.hasPrefix("jalon: ") && unknown.stderr.contains("Z9999") && unknown.stderr.split(separator: "\n").count == 1)
        let missing = try jalon.run("formations", "00000000-0000-4000-8000-000000000000", "J1501")
        #expect(missing.status == 66)
        let badLimit = try jalon.run("formations", id, "J1501", "--limit", "-1")
        #expect(badLimit.status == 64)
        let feed = try jalon.run("formations", id, "J1501", "--lheo", folder.path + "/absent.xml")
        #expect(feed.status != 0 && feed.stderr.hasPrefix("jalon: "))
        for result in [unknown, missing, badLimit, feed] { #expect(!result.stderr.contains("Fatal error")) }
    }

    @Test func readinessSaysWhatEachStepLacks() throws {
        let id = try imported("karim-montbeliard-reconversion.xml")
        let text = try jalon.run("readiness", id)
        #expect(text.status == 0, "\(text.stderr)")
        #expect(text.stdout.contains("✓ profil : situation renseignée (en reconversion)"))
        #expect(text.stdout.contains("✗ formations : aucun parcours choisi pour I1304"))
        #expect(text.stdout.contains("✗ synthèse : la synthèse n’est pas rédigée"))
        #expect(text.stdout.contains("ne peut pas encore passer à la suite"))

        let result = try json(try jalon.run("readiness", id, "--json"))
        #expect(Set(result.keys) == ["project", "current", "mayAdvance", "firstIncomplete", "steps"])
        #expect(result["current"] as? String == "plan")
        #expect(result["mayAdvance"] as? Bool == false)
        #expect(result["firstIncomplete"] as? String == "formations")
        let steps = try #require(result["steps"] as? [[String: Any]])
        #expect(steps.map { $0["step"] as? String } == ["profil", "interets", "competences", "pistes", "formations", "plan", "synthese"])
        #expect(steps.map { $0["complete"] as? Bool } == [true, true, true, true, false, true, false])
        #expect(steps[4]["missing"] as? [String] == ["formations : aucun parcours choisi pour I1304"])

        let english = try jalon.run("readiness", id, "--lang", "en")
        #expect(english.stdout.contains("✗ training: no path chosen for I1304"), "\(english.stdout)")
    }
}
