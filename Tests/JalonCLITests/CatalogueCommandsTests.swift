import Foundation
import Testing

/// `jalon catalogue …` as a person runs it, on the catalogue the build bundles.
@Suite("jalon catalogue : recherche, fiche, statistiques, LHÉO")
struct CatalogueCommandsTests {
    let folder = ScratchFolder()
    var jalon: JalonProcess { JalonProcess(store: folder.path + "/store") }

    private func run(_ arguments: String...) throws -> JalonProcess.Result {
        try jalon.run(arguments: ["catalogue"] + arguments, withStore: false)
    }

    private func json(_ result: JalonProcess.Result) throws -> Any {
        try JSONSerialization.jsonObject(with: Data(result.stdout.utf8))
    }

    @Test func searchFindsTheFicheWhateverTheForm() throws {
        for query in ["aide soignante", "AIDE-SOIGNANT", "aide soignant"] {
            let result = try run("search", "--json", "--limit", "3", query)
            #expect(result.status == 0, "\(result.stderr)")
            let results = try #require((try json(result) as? [String: Any])?["results"] as? [[String: Any]])
            #expect(results.first?["fiche"] as? String == "J1501")
        }
        let english = try run("search", "--lang", "en", "--limit", "2", "aide soignante")
        #expect(english.stdout.contains("job title"))
    }

    @Test func showGivesTheFicheWithCertificationsAndRegionalRates() throws {
        let result = try run("show", "J1501", "--json")
        #expect(result.status == 0, "\(result.stderr)")
        let fiche = try #require(try json(result) as? [String: Any])
        #expect(fiche["code"] as? String == "J1501")
        #expect(fiche["region"] as? String == "27")
        let certifications = try #require(fiche["certifications"] as? [[String: Any]])
        #expect(certifications.contains { ($0["insertionRates"] as? [[String: Any]])?.isEmpty == false })
        let text = try run("show", "J1501")
        #expect(text.stdout.contains("Cœur de métier") && text.stdout.contains("Bourgogne-Franche-Comté"))
    }

    @Test func showListsTheLHEOOffersLeadingToAFicheOrACertification() throws {
        let feed = folder.path + "/offres.xml"
        try """
        <lheo><offres>
        <formation numero="1"><intitule-formation>CAP cuisine</intitule-formation><certification><code-RNCP>38430</code-RNCP></certification>
        <action numero="a"><lieu-de-formation><coordonnees><ligne>Lycée</ligne><adresse><ville>Dijon</ville></adresse></coordonnees></lieu-de-formation></action></formation>
        <formation numero="2"><intitule-formation>Autre</intitule-formation><action numero="b"/></formation>
        </offres></lheo>
        """.write(toFile: feed, atomically: true, encoding: .utf8)
        let certification = try #require(try json(try run("show", "RNCP38430", "--json", "--lheo", feed)) as? [String: Any])
        let offers = try #require(certification["offers"] as? [[String: Any]])
        #expect(offers.map { $0["numero"] as? String } == ["1"])
        // The fiches the RNCP links RNCP38430 to list the offer too.
        let rome = try #require((certification["certification"] as? [String: Any])?["rome"] as? [String])
        let fiche = try #require(rome.first)
        let text = try run("show", fiche, "--lheo", feed)
        #expect(text.stdout.contains("CAP cuisine — ? — Lycée, Dijon"), "\(text.stdout)")
    }

    @Test func showBrowsesAppellationsAndSkillsByOgrCode() throws {
        let appellation = try run("show", "10891")
        #expect(appellation.status == 0 && appellation.stdout.contains("→ fiche J1501"))
        let skill = try #require(try json(try run("show", "118069", "--json")) as? [String: Any])
        #expect(skill["label"] as? String == "Gérer une caisse")
        #expect(skill["riasec"] as? String != nil)
        #expect((skill["fiches"] as? [[String: Any]])?.isEmpty == false)
    }

    @Test func failuresAreOneSentenceAndANonZeroExit() throws {
        let unknown = try run("show", "Z9999")
        #expect(unknown.status == 66)
        #expect(unknown.stderr.hasPrefix("jalon: ") && unknown.stderr.contains("Z9999"))
        let region = try run("show", "J1501", "--region", "xx")
        #expect(region.status == 66 && region.stderr.contains("27"))
        let kind = try run("search", "--kind", "diplome", "cuisine")
        #expect(kind.status == 64)
        let english = try jalon.run(arguments: ["catalogue", "show", "--lang", "en", "Z9999"], withStore: false)
        #expect(english.stderr.contains("No ROME fiche"))
        let missingData = try run("build", "--from", folder.path + "/rien", "-o", folder.path + "/c.jcat")
        #expect(missingData.status == 66 && missingData.stderr.contains("--from"))
        let notACatalogue = try run("stats", "--catalogue", JalonProcess.sample("lea-gray-lyceenne.xml"))
        #expect(notACatalogue.status == 1 && notACatalogue.stderr.contains("JALONCAT"))
        for result in [unknown, region, kind, missingData, notACatalogue] { #expect(!result.stderr.contains("Fatal error")) }
    }

    @Test func statsReportCountsAndAnomalies() throws {
        let result = try run("stats", "--json")
        #expect(result.status == 0, "\(result.stderr)")
        let stats = try #require(try json(result) as? [String: Any])
        let counts = try #require(stats["counts"] as? [[String: Any]])
        #expect(counts.first { $0["key"] as? String == "rome.fiches" }?["value"] as? Int == 1584)
        let anomalies = try #require(stats["anomalies"] as? [[String: Any]])
        #expect(anomalies.contains { $0["key"] as? String == "certification.romeDomainCode" })
    }

    @Test func importLHEOReportsAndRefuses() throws {
        let good = folder.path + "/offres.xml", hostile = folder.path + "/doctype.xml", output = folder.path + "/offres.jsonl"
        try """
        <lheo><offres><formation numero="1"><intitule-formation>CAP cuisine</intitule-formation>
        <certification><code-RNCP>38430</code-RNCP></certification><action numero="a"/></formation>
        <formation numero="2"><action numero="b"/></formation></offres></lheo>
        """.write(toFile: good, atomically: true, encoding: .utf8)
        let result = try run("import-lheo", good, "-o", output)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("1 offre(s) lue(s), dont 1 vers une certification du catalogue ; 1 écartée(s)"))
        #expect(result.stdout.contains("offres.xml:3: offre 2 : <intitule-formation> manque"))
        #expect(try String(contentsOfFile: output, encoding: .utf8).split(separator: "\n").count == 1)
        try "<!DOCTYPE lheo [<!ENTITY x \"y\">]><lheo/>".write(toFile: hostile, atomically: true, encoding: .utf8)
        let refused = try run("import-lheo", hostile)
        #expect(refused.status == 1 && refused.stderr.contains("DOCTYPE"))
    }
}
