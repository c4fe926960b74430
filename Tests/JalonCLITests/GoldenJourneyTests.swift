import Foundation
import JalonDossier
import JalonTestSupport
import JalonXML
import Testing

/// A whole journey through the built binary, each output compared with its golden file
/// (`GoldenOutput`, `Golden/journey/`) and the saved document checked after each step; then
/// `jalon demo` in both languages (`Golden/demo-*.txt`).
@Suite("jalon: a whole journey against golden outputs")
struct GoldenJourneyTests: ProjectCommandSuite {
    let folder = ScratchFolder()

    var golden: GoldenOutput { GoldenOutput(paths: [(folder.path, "<TMP>")]) }

    /// Runs one command, expects success, compares its output with `Golden/journey/name.txt`.
    @discardableResult
    private func step(_ name: String, _ arguments: String..., sourceLocation: SourceLocation = #_sourceLocation) throws -> JalonProcess.Result {
        let result = try jalon.run(arguments: arguments)
        #expect(result.status == 0, "\(arguments.prefix(2)): \(result.stderr)", sourceLocation: sourceLocation)
        #expect(result.stderr.isEmpty, "\(result.stderr)", sourceLocation: sourceLocation)
        golden.check(result.stdout, "journey/\(name).txt", sourceLocation: sourceLocation)
        return result
    }

    private func count(_ document: XMLDocument, _ xpath: String) throws -> Int {
        Int(try document.string("count(\(xpath))", namespaces: Self.namespaces)) ?? -1
    }

    /// Forty years old whatever the year the test runs, so the paths (apprenticeship age) never drift.
    private static var birthYear: String { String(Int(GoldenOutput.today.prefix(4))! - 40) }

    /// 48 answers with a clear social–enterprising profile (S, E, C first), eight per type.
    private static let answers: String = [("r", 1), ("i", 1), ("a", 2), ("s", 4), ("e", 3), ("c", 3)].flatMap { type, value in
        (1...8).map { "\(type)\($0)=\($0 % 4 == 0 ? max(value - 1, 0) : value)" }
    }.joined(separator: ",")

    /// What varies from run to run is replaced; what does not (past dates: the catalogue's sources) stays.
    @Test func normalisationReplacesOnlyWhatVaries() {
        let text =
            "Projet 35aa308d-5b9c-4f69-9b04-88c8aaf48b97 — \(folder.path)/store — 2025-03-01 — \(GoldenOutput.today) — "
            + "2026-11-29T06:02:32Z — sha256:" + String(repeating: "ab", count: 32)
        #expect(golden.normalised(text) == "Projet <ID> — <TMP>/store — 2025-03-01 — <DATE> — <INSTANT> — <FINGERPRINT>")
    }

    @Test func aWholeJourney() throws {
        let id = try step("01-init", "init", "--name", "Karim").stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        var document = try saved(id)
        #expect(try value(document, "//p:metadata/p:titre") == "Karim")
        #expect(try history(id).count == 1)

        try step(
            "02-profil-set", "profil", "set", id, "--situation", "reconversion", "--diplome", "4", "--commune", "25388",
            "--commune-nom", "Montbéliard", "--departement", "25", "--mobilite", "30", "--annee-naissance", Self.birthYear)
        document = try saved(id)
        #expect(try value(document, "//p:profil/p:situation") == "reconversion")
        #expect(try value(document, "//p:profil/p:commune/@insee") == "25388")

        try step("03-interets-answer", "interets", "answer", id, "--answers", Self.answers)
        document = try saved(id)
        #expect(try count(document, "//p:riasec/p:reponse") == 48)
        #expect(try count(document, "//p:profilRiasec") == 1)

        try step("04-competences-add-experience", "competences", "add-experience", id, "20560", "--years", "6", "--accept-core")
        document = try saved(id)
        #expect(try value(document, "//p:experience[@id='x1']/p:appellation/@ogr") == "20560")
        #expect(try count(document, "//p:competences/p:portefeuille/p:competence[p:source/p:experience/@ref='x1']") > 3)

        try step("05-pistes-suggest", "pistes", "suggest", id, "--limit", "5")
        document = try saved(id)
        #expect(try count(document, "//p:suggestions/p:suggestion") == 5)

        let revisions = try history(id).count
        try step("06-pistes-explain", "pistes", "explain", id, "J1501")
        #expect(try history(id).count == revisions, "explain only reads")

        try step("07-formations", "formations", id, "J1501", "--limit", "3")
        document = try saved(id)
        #expect(try value(document, "//p:parcours/p:cible/@fiche") == "J1501")
        #expect(try count(document, "//p:parcours/p:cible/p:chemin") == 3)

        let inAMonth = try #require(Calendar(identifier: .gregorian).date(byAdding: .day, value: 30, to: Date()))
        let date = ISO8601DateFormatter.string(from: inAMonth, timeZone: TimeZone(identifier: "UTC")!, formatOptions: [.withFullDate])
        try step("08-plan-add", "plan", "add", id, "Immersion d’une semaine en EHPAD", "--date", date, "--kind", "immersion")
        document = try saved(id)
        #expect(try value(document, "//p:plan/p:action[@id='a1']/@date") == date)

        try step("09-synthese-set", "synthese", "set", id, "Je vise le métier d’aide-soignant.", "Je commence par une immersion.")
        document = try saved(id)
        #expect(try count(document, "//p:synthese/p:paragraphe") == 2)

        try step("10-status", "status", id)
        try step("11-status-json", "status", id, "--json")
        #expect(try history(id).count == 8)
        #expect(try jalon.run("verify").status == 0)
    }

    /// The demo's XML dossier, exported by the binary, is valid for `xmllint --schema dossier-1.0.xsd` and
    /// carries for each kept métier its débouchés: the level and category, the area used (France: the
    /// place is not shared by default), 2019, the components in words with the unfavourable ones marked,
    /// « famille de métiers », the source and its licence.
    private func expectDebouchesInTheXMLDossier(_ jalon: JalonProcess, id: String, folder: String) throws {
        let path = folder + "/sophie-dossier.xml"
        let export = try jalon.run("export", id, "--format", "xml", "-o", path)
        #expect(export.status == 0, "\(export.stderr)")
        if FileManager.default.isExecutableFile(atPath: "/usr/bin/xmllint") {
            let schema = JalonProcess.repositoryRoot.appendingPathComponent("Resources/Schemas/dossier-1.0.xsd").path
            #expect(try ToolRun.run("/usr/bin/xmllint", ["--noout", "--schema", schema, path]).status == 0, "xmllint refuses \(path)")
        }
        let dossier = try XMLDocument(bytes: Array(try Data(contentsOf: URL(fileURLWithPath: path))), sourceName: path)
        let ns = ["d": "urn:jalon:dossier:1", "p": "urn:jalon:project:1"]
        for fiche in ["K1302", "K1311"] {
            let metier = "/d:dossier/d:debouches/d:metier[@fiche='\(fiche)']"
            #expect(try dossier.string("count(\(metier))", namespaces: ns) == "1", "no débouchés for \(fiche)")
            #expect(["forte", "moyenne", "faible"].contains(try dossier.string("string(\(metier)/@niveau)", namespaces: ns)))
            #expect(try dossier.string("string(\(metier)/@annee)", namespaces: ns) == "2019")
            #expect(try dossier.string("string(\(metier)/@zone)", namespaces: ns) == "france")
            #expect(try dossier.string("string(\(metier)/d:resume)", namespaces: ns).hasPrefix("Débouchés : tension "))
            #expect(try dossier.string("count(\(metier)/d:composante)", namespaces: ns) != "0")
            // An unfavourable component is said as such, never left out.
            for kind in ["nonDurableEmployment", "workingConditions"] {
                let category = Int(try dossier.string("string(\(metier)/d:composante[@type='\(kind)']/@categorie)", namespaces: ns)) ?? 0
                let flag = try dossier.string("string(\(metier)/d:composante[@type='\(kind)']/@defavorable)", namespaces: ns)
                if category > 0 { #expect(flag == (category >= 4 ? "true" : "false")) }
            }
            #expect(try dossier.string("string(\(metier)/d:famille)", namespaces: ns).contains("famille de métiers"))
            #expect(try dossier.string("string(\(metier)/d:source/@licence)", namespaces: ns).isEmpty == false)
            #expect(try dossier.string("string(\(metier)/d:source)", namespaces: ns).contains("2019"))
        }
        // A counsellor's annotation reads the dossier back and writes it again: the figures stay, word for word.
        let annotated = folder + "/sophie-dossier-annote.xml"
        let annotate = try jalon.run(
            "dossier", "annotate", path, "--section", "pistes", "--status", "besoin", "--author", "Mme Durand",
            "Voir les débouchés", "-o", annotated)
        #expect(annotate.status == 0, "\(annotate.stderr)")
        let again = try XMLDocument(bytes: Array(try Data(contentsOf: URL(fileURLWithPath: annotated))), sourceName: annotated)
        let section = "/d:dossier/d:debouches"
        #expect(try again.select(section, namespaces: ns).first?.outerXML() == dossier.select(section, namespaces: ns).first?.outerXML())
    }

    @Test(arguments: ["fr", "en"])
    func theDemo(language: String) throws {
        var jalon = self.jalon
        jalon.language = language
        let store = folder.path + "/demo-\(language)"
        let result = try jalon.run(arguments: ["demo", "--store", store], withStore: false)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.isEmpty, "\(result.stderr)")
        golden.check(result.stdout, "demo-\(language).txt")

        // The demo's project is a real one of the store: finished, valid, one revision per step and per advance.
        let demo = JalonProcess(store: store, language: language)
        let ids = try demo.projectIDs()
        try #require(ids.count == 1)
        let status = try #require(try JSONSerialization.jsonObject(with: Data(try demo.run("status", ids[0], "--json").stdout.utf8)) as? [String: Any])
        #expect(status["current"] as? String == "synthese")
        #expect((status["steps"] as? [[String: Any]])?.allSatisfy { $0["state"] as? String == "terminee" } == true)
        #expect(try demo.run("history", ids[0]).stdout.split(separator: "\n").count == 15)
        let exported = store + "/sophie-projet.xml"
        #expect(try demo.run(arguments: ["validate", exported]).status == 0)
        let document = try XMLDocument(bytes: Array(try Data(contentsOf: URL(fileURLWithPath: exported))), sourceName: exported)
        #expect(try count(document, "//p:pistes/p:retenues/p:piste") == 2)
        #expect(try count(document, "//p:formation[@choisie='true']") == 2)
        #expect(try count(document, "//p:suggestions/p:suggestion") == 8)
        #expect(try count(document, "//p:parcours/p:cible") == 2)
        #expect(try count(document, "//p:plan/p:action") == 3)
        try expectDebouchesInTheXMLDossier(demo, id: ids[0], folder: store)

        // The summary dossier printed last: a well-formed page in the run's language, every section, the two
        // kept pistes, and nothing personal shared (the default consent: a pseudonym, not her name).
        let dossierPath = store + "/sophie-dossier.html"
        // The dossier's path, then the offer to open the workbook on the demo's project (`jalon open`).
        #expect(result.stdout.contains(dossierPath))
        #expect(result.stdout.split(separator: "\n").last?.contains("jalon open") == true)
        let page = try HTMLPageXML.parse(try String(contentsOfFile: dossierPath, encoding: .utf8), sourceName: dossierPath)
        #expect(page.root?.attribute("lang") == language)
        #expect(try page.select("//main/section").map { $0.attribute("id") ?? "" } == DossierHTML.sectionIDs)
        #expect(try page.string("count(//section[@id='pistes']//*[contains(., 'K1302')][not(*)])") != "0")
        #expect(try page.string("count(//section[@id='pistes']//*[contains(., 'K1311')][not(*)])") != "0")
        #expect(try page.string("count(//*[contains(text(), 'Sophie')])") == "0")
    }
}
