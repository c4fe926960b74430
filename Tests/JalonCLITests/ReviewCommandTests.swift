import Foundation
import JalonCore
import JalonDossier
import JalonStore
import JalonTestSupport
import JalonXML
import Testing

/// `jalon review` through the binary, on a caseload built from the samples: one file per flag, an
/// invalid, a truncated and a non-XML file, dates relative to now so `--stalled-days` is exercised.
@Suite("jalon review: a counsellor's caseload")
struct ReviewCommandTests {
    let folder = ScratchFolder()
    var jalon: JalonProcess { JalonProcess(store: folder.path + "/store") }
    var caseload: String { folder.path + "/portefeuille" }

    /// Every file of the caseload, in the order a review of the folder lists them (bytes of the path).
    static let expectedFiles = [
        "dossier-altere.xml", "dossier-karim.xml", "dossier-yanis-nom.xml", "invalide.xml", "karim-incoherent.xml", "karim.xml", "lea.xml", "nadia.xml",
        "pas-du-xml.xml", "sous/yanis.xml", "tronque.xml"
    ]

    init() throws {
        try FileManager.default.createDirectory(atPath: caseload + "/sous", withIntermediateDirectories: true)
        let karim = try Self.sample("karim-montbeliard-reconversion.xml", updatedDaysAgo: 3)
        try write(karim, "karim.xml")
        // A métier both kept and suggested: the schema refuses it, the review reads it as inconsistent.
        try write(
            karim.replacingOccurrences(of: "<suggerees>", with: "<suggerees>\n      <piste fiche=\"I1310\" rang=\"9\"/>"),
            "karim-incoherent.xml")
        // A name a spreadsheet would run as a formula, with a comma and quotes for CSV and HTML.
        try write(
            try Self.sample("lea-gray-lyceenne.xml", updatedDaysAgo: 1)
                .replacingOccurrences(of: "<nomAffiche>Léa</nomAffiche>", with: "<nomAffiche>=Léa, dite \"Lily\" &lt;3</nomAffiche>"), "lea.xml")
        try write(try Self.sample("nadia-besancon-vae-portail.xml", updatedDaysAgo: 10), "nadia.xml")
        try write(try Self.sample("yanis-dijon-apprentissage.xml", updatedDaysAgo: 60), "sous/yanis.xml")
        try write(
            karim.replacingOccurrences(of: "<etape nom=\"plan\" etat=\"en-cours\"/>", with: "<etape nom=\"plan\" etat=\"bientot\"/>"),
            "invalide.xml")
        try write(String(karim.prefix(karim.count / 2)), "tronque.xml")
        try write("Nom;Étape\nKarim;plan\n", "pas-du-xml.xml")
        try write("pas lu : seuls les *.xml le sont", "notes.txt")
        // XML dossiers: Karim's without his name (a pseudonym stands in), Yanis's with it, and a copy
        // of Karim's whose project was edited after export (still valid, fingerprint no longer holds).
        let karimDossier = String(decoding: DossierXML.encode(try Self.dossier(karim, lastRevisionDaysAgo: 2, share: .none)), as: UTF8.self)
        try write(karimDossier, "dossier-karim.xml")
        try write(
            karimDossier.replacingOccurrences(
                of: "<libelle>Mécanicien / Mécanicienne de maintenance industrielle</libelle>",
                with: "<libelle>Mécanicien</libelle>"), "dossier-altere.xml")
        let yanis = try Self.sample("yanis-dijon-apprentissage.xml", updatedDaysAgo: 50)
        try write(
            String(decoding: DossierXML.encode(try Self.dossier(yanis, lastRevisionDaysAgo: 45, share: .all)), as: UTF8.self),
            "dossier-yanis-nom.xml")
    }

    /// A dossier of `document` whose last revision was `days` ago.
    static func dossier(_ document: String, lastRevisionDaysAgo days: Int, share: DossierShare) throws -> Dossier {
        let project = try ProjectCodec.decode(try ProjectDocumentLoader().load(bytes: Array(document.utf8), sourceName: "sample").document)
        let now = Timestamp.now().secondsSince1970
        let history = [
            DossierRevision(number: 1, created: Timestamp(secondsSince1970: now - 90 * 86_400), role: "person", counsellorName: nil, message: "Création"),
            DossierRevision(
                number: 2, created: Timestamp(secondsSince1970: now - Int64(days) * 86_400 - 3600), role: "counsellor",
                counsellorName: "Mme Durand", message: "Note")
        ]
        return try Dossier.make(from: project, revision: 2, share: share, exported: .now(), history: history)
    }

    static func sample(_ name: String, updatedDaysAgo days: Int) throws -> String {
        let text = try String(contentsOfFile: JalonProcess.sample(name), encoding: .utf8)
        let updated = ISO8601DateFormatter().string(from: Date(timeIntervalSinceNow: -Double(days) * 86_400 - 3600))
        let start = text.range(of: "<updated>")!.upperBound, end = text.range(of: "</updated>")!.lowerBound
        return text.replacingCharacters(in: start..<end, with: updated)
    }

    func write(_ text: String, _ name: String) throws {
        try Data(text.utf8).write(to: URL(fileURLWithPath: caseload + "/" + name))
    }

    func review(_ arguments: String...) throws -> JalonProcess.Result {
        try jalon.run(arguments: ["review"] + arguments)
    }

    func rows(_ result: JalonProcess.Result) throws -> [[String: Any]] {
        let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        return object?["rows"] as? [[String: Any]] ?? []
    }

    func row(_ rows: [[String: Any]], _ file: String) -> [String: Any] {
        rows.first { ($0["file"] as? String)?.hasSuffix("/" + file) == true } ?? [:]
    }

    @Test func everyFlagCaseAndEveryUnreadableFileInTheJSONReview() throws {
        let result = try review(caseload, "--format", "json")
        #expect(result.status == 65, "\(result.stderr)")
        #expect(result.stderr.isEmpty, "no progress on a pipe: \(result.stderr)")
        let rows = try self.rows(result)
        #expect(rows.map { $0["file"] as? String } == Self.expectedFiles.map { caseload + "/" + $0 })

        let karim = row(rows, "karim.xml")
        #expect(karim["readable"] as? Bool == true)
        #expect(karim["kind"] as? String == "project")
        #expect(karim["person"] as? String == "Karim B.")
        #expect((karim["currentStep"] as? [String: Any])?["step"] as? String == "plan")
        #expect((karim["keptTargets"] as? [[String: Any]])?.compactMap { $0["code"] as? String } == ["I1310", "I1304"])
        #expect((karim["keptTargets"] as? [[String: Any]])?.first?["label"] as? String == "Mécanicien / Mécanicienne de maintenance industrielle")
        #expect(karim["flags"] as? [String] == [])
        #expect(karim["daysSinceChange"] as? Int == 3)
        #expect(karim["fingerprintIntact"] is NSNull)
        #expect(karim["error"] is NSNull)

        #expect(row(rows, "lea.xml")["flags"] as? [String] == ["no-target-kept", "empty-plan"])
        #expect(row(rows, "nadia.xml")["staleSteps"] as? [String] == ["plan"])
        #expect(row(rows, "nadia.xml")["flags"] as? [String] == [])
        #expect(row(rows, "yanis.xml")["flags"] as? [String] == ["inactive"])

        let dossier = row(rows, "dossier-karim.xml")
        #expect(dossier["kind"] as? String == "dossier")
        #expect((dossier["person"] as? String)?.hasPrefix("Personne ") == true, "name not shared: the pseudonym")
        #expect(dossier["fingerprintIntact"] as? Bool == true)
        #expect(dossier["flags"] as? [String] == [])
        #expect(dossier["daysSinceChange"] as? Int == 2, "the last revision, not the project's last save")
        let altered = row(rows, "dossier-altere.xml")
        #expect(altered["fingerprintIntact"] as? Bool == false)
        #expect(altered["flags"] as? [String] == ["fingerprint-altered"])
        #expect((altered["keptTargets"] as? [[String: Any]])?.first?["label"] as? String == "Mécanicien")
        let named = row(rows, "dossier-yanis-nom.xml")
        #expect(named["person"] as? String == "Yanis")
        #expect(named["flags"] as? [String] == ["inactive"])
        #expect(named["daysSinceChange"] as? Int == 45)

        let incoherent = row(rows, "karim-incoherent.xml")
        #expect(incoherent["flags"] as? [String] == ["inconsistent"])
        #expect(((incoherent["inconsistencies"] as? [[String: Any]])?.first?["message"] as? String)?.contains("I1310") == true)

        // libxml2 gives schema violations a line only; malformed XML a line and a column.
        for (file, words, column) in [
            ("invalide.xml", "bientot", false), ("tronque.xml", "XML mal formé", true),
            ("pas-du-xml.xml", "XML mal formé", true)
        ] {
            let unreadable = row(rows, file)
            #expect(unreadable["readable"] as? Bool == false, "\(file)")
            #expect(unreadable["person"] is NSNull, "\(file)")
            let error = unreadable["error"] as? [String: Any]
            #expect((error?["line"] as? Int ?? 0) > 0, "\(file): \(String(describing: error))")
            #expect((error?["column"] as? Int ?? 0) > 0 || !column, "\(file): \(String(describing: error))")
            #expect((error?["message"] as? String)?.contains(words) == true, "\(file): \(String(describing: error))")
        }
        let summary = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        let header = summary?["review"] as? [String: Any]
        #expect(header?["files"] as? Int == 11)
        #expect(header?["unreadable"] as? Int == 3)
        #expect(header?["stalledDays"] as? Int == 30)
    }

    @Test func dossiersExportedByJalonAreReviewedAsTheyShareTheName() throws {
        try jalon.run("init", "--name", "Sophie")
        let id = try #require(try jalon.projectIDs().first)
        try jalon.run("profil", "set", id, "--nom", "Sophie M.")
        let shared = folder.path + "/partage.xml", unnamed = folder.path + "/sans-nom.xml"
        #expect(try jalon.run("export", id, "--format", "xml", "--share", "name", "-o", shared).status == 0)
        #expect(try jalon.run("export", id, "--format", "xml", "-o", unnamed).status == 0)
        let result = try review(shared, unnamed, "--format", "json")
        #expect(result.status == 0, "\(result.stderr)")
        let rows = try self.rows(result)
        #expect(rows.map { $0["person"] as? String } == ["Sophie M.", "Personne " + id.prefix(4).uppercased()])
        #expect(rows.allSatisfy { $0["kind"] as? String == "dossier" && $0["fingerprintIntact"] as? Bool == true })
        #expect(rows.allSatisfy { $0["flags"] as? [String] == ["no-target-kept", "empty-plan"] && $0["daysSinceChange"] as? Int == 0 })
    }

    @Test func stalledDaysMovesTheInactiveThreshold() throws {
        let lenient = try rows(try review(caseload, "--format", "json", "--stalled-days", "5"))
        #expect(row(lenient, "nadia.xml")["flags"] as? [String] == ["inactive"])
        #expect(row(lenient, "karim.xml")["flags"] as? [String] == [])
        let strict = try rows(try review(caseload, "--format", "json", "--stalled-days", "90"))
        #expect(row(strict, "yanis.xml")["flags"] as? [String] == [])
        #expect(try review(caseload, "--stalled-days", "0").status == 64)
    }

    @Test func allReadableExitsZeroAndMissingFilesAreRows() throws {
        let good = try review(caseload + "/karim.xml", caseload + "/sous", "--format", "json")
        #expect(good.status == 0, "\(good.stderr)")
        #expect(try rows(good).map { ($0["file"] as? String) ?? "" } == [caseload + "/karim.xml", caseload + "/sous/yanis.xml"])
        let missing = try review(caseload + "/karim.xml", folder.path + "/absent.xml", "--format", "json")
        #expect(missing.status == 65)
        let listed = try rows(missing)
        #expect(listed.count == 2)
        #expect(((listed.last?["error"] as? [String: Any])?["message"] as? String) == "fichier introuvable")
    }

    @Test func textTableListsEveryFileWithItsErrorPosition() throws {
        let result = try review(caseload)
        #expect(result.status == 65)
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first?.hasPrefix("Personne") == true)
        #expect(lines.contains { $0.contains("Karim B.") && $0.contains("6 · Plan d'action") && $0.contains("I1310") })
        #expect(lines.contains { $0.hasPrefix("Nadia") && $0.contains("Plan d'action") && $0.contains("nadia.xml") })
        #expect(lines.contains { $0.contains("tronque.xml") && $0.contains("illisible : ") && $0.range(of: #"\d+:\d+: "#, options: .regularExpression) != nil })
        #expect(lines.contains { $0.contains("yanis.xml") && $0.contains("sans activité depuis 60 j") })
        #expect(result.stdout.contains("11 fichier(s), 3 illisible(s)"))
        #expect(!result.stdout.contains("notes.txt"))
    }

    @Test func csvReadsBackAsRFC4180() throws {
        let output = folder.path + "/revue.csv"
        let result = try review(caseload, "--format", "csv", "-o", output)
        #expect(result.status == 65)
        let text = try String(contentsOfFile: output, encoding: .utf8)
        #expect(text.hasSuffix("\r\n"))
        let records = Self.parseCSV(text)
        #expect(records.count == 1 + Self.expectedFiles.count)
        #expect(records.allSatisfy { $0.count == 15 })
        let header = records[0]
        func field(_ file: String, _ name: String) -> String? {
            records.first { $0[0].hasSuffix("/" + file) }.map { $0[header.firstIndex(of: name)!] }
        }
        #expect(field("lea.xml", "personne") == "'=Léa, dite \"Lily\" <3")
        #expect(field("lea.xml", "aucune_piste_retenue") == "oui")
        #expect(
            field("karim.xml", "pistes_retenues")
                == "I1310 Mécanicien / Mécanicienne de maintenance industrielle; I1304 Technicien / Technicienne de maintenance industrielle")
        #expect(field("yanis.xml", "sans_activite") == "oui")
        #expect(field("karim.xml", "empreinte_alteree") == "")
        #expect(field("dossier-karim.xml", "empreinte_alteree") == "non")
        #expect(field("dossier-altere.xml", "empreinte_alteree") == "oui")
        #expect(field("tronque.xml", "erreur")?.range(of: #"^\d+:\d+: "#, options: .regularExpression) != nil)
    }

    @Test func htmlIsWellFormedSortableAndPreSorted() throws {
        let result = try review(caseload, "--format", "html", "--sort", "last-change")
        #expect(result.status == 65)
        // The doctype line first; the rest of the page must be well-formed XML.
        let page = try HTMLPageXML.parse(result.stdout, sourceName: "revue.html")
        let headers = try page.select("//th")
        #expect(headers.count == 7)
        #expect(headers.allSatisfy { $0.attribute("scope") == "col" && $0.attribute("aria-sort") != nil })
        #expect(headers.compactMap { $0.attribute("aria-sort") }.filter { $0 != "none" } == ["ascending"])
        #expect(headers.first { $0.attribute("aria-sort") == "ascending" }?.text == "Dernière modification")
        #expect(try page.select("//tbody/tr").count == 11)
        let order = try page.select("//tbody/tr/td[6]").map(\.text)
        // Oldest change first; equal dates keep the file order; unreadable files last, in file order.
        #expect(
            order.map { ($0 as NSString).lastPathComponent } == [
                "yanis.xml", "dossier-yanis-nom.xml", "nadia.xml", "karim-incoherent.xml", "karim.xml", "dossier-altere.xml",
                "dossier-karim.xml", "lea.xml", "invalide.xml", "pas-du-xml.xml", "tronque.xml"
            ])
        #expect(try page.select("//script").count == 1)
        #expect(result.stdout.contains("=Léa, dite &quot;Lily&quot; &lt;3"))
    }

    @Test func englishHeadersAndSortByFlags() throws {
        var english = jalon
        english.language = "en"
        let result = try english.run(arguments: ["review", caseload, "--sort", "flags"])
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first?.hasPrefix("Person") == true)
        // Unreadable files first, then the most flags.
        #expect(lines[2].contains("unreadable: "))
        #expect(lines[5].contains("lea.xml") && lines[5].contains("no target kept, empty plan"))
        #expect(result.stdout.contains("11 file(s), 3 unreadable"))
    }

    /// RFC 4180: fields separated by commas, records by CRLF, quoted fields with doubled quotes.
    static func parseCSV(_ text: String) -> [[String]] {
        var records: [[String]] = [], record: [String] = [], field = "", quoted = false
        var scalars = Array(text.unicodeScalars)[...]
        while let scalar = scalars.popFirst() {
            if quoted {
                if scalar == "\"" {
                    if scalars.first == "\"" { field.unicodeScalars.append("\""); scalars.removeFirst() } else { quoted = false }
                } else {
                    field.unicodeScalars.append(scalar)
                }
            } else if scalar == "\"" {
                quoted = true
            } else if scalar == "," {
                record.append(field); field = ""
            } else if scalar == "\r", scalars.first == "\n" {
                scalars.removeFirst(); record.append(field); records.append(record); record = []; field = ""
            } else {
                field.unicodeScalars.append(scalar)
            }
        }
        return records
    }
}
