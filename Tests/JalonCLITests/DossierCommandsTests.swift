import Foundation
import JalonXML
import Testing

@Suite("jalon export (dossiers), verify-dossier: through the binary")
struct DossierExportCommandsTests: ProjectCommandSuite {
    let folder = ScratchFolder()

    func importSample(_ name: String = "karim-montbeliard-reconversion.xml") throws -> String {
        let imported = try jalon.run("import", JalonProcess.sample(name))
        #expect(imported.status == 0, "\(imported.stderr)")
        return imported.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    func text(_ path: String) throws -> String { try String(contentsOfFile: path, encoding: .utf8) }

    @Test func everyFormatStatesTheSameFingerprintAndSharesNothingByDefault() throws {
        let id = try importSample()
        for format in ["xml", "md", "json"] {
            let result = try jalon.run("export", id, "--format", format, "-o", folder.path + "/d.\(format)")
            #expect(result.status == 0, "\(format): \(result.stderr)")
        }
        let verified = try jalon.run("verify-dossier", folder.path + "/d.xml")
        #expect(verified.status == 0, "\(verified.stderr)")
        // The first line states the fingerprint; the next ones say who signed, if anyone.
        let fingerprint = try #require(verified.stdout.split(separator: "\n").first?.split(separator: " ").last.map(String.init))
        #expect(fingerprint.count == 64)
        #expect(try text(folder.path + "/d.md").contains("`\(fingerprint)`"))
        let json = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: folder.path + "/d.json"))) as? [String: Any])
        #expect((json["fingerprint"] as? [String: Any])?["value"] as? String == fingerprint)
        #expect(json["share"] as? [String] == [])
        for format in ["xml", "md", "json"] {
            #expect(!(try text(folder.path + "/d.\(format)")).contains("Karim"), "\(format): the name is not shared by default")
        }
        // The full project document is another thing: `projet`, what import reads back as a new project.
        #expect(try jalon.run("export", id, "--format", "projet", "-o", folder.path + "/p.xml").status == 0)
        #expect(try text(folder.path + "/p.xml").contains("Karim"))
        #expect(try jalon.run("import", folder.path + "/p.xml").status == 0)
    }

    @Test func sharingIsByConsentWordAndAnUnknownWordIsAUsageError() throws {
        let id = try importSample()
        let shared = try jalon.run("export", id, "--format", "md", "--share", "name,place")
        #expect(shared.status == 0)
        #expect(shared.stdout.contains("Karim") && shared.stdout.contains("Montbéliard (25388)"))
        #expect(!shared.stdout.contains("Année de naissance"))
        let all = try jalon.run("export", id, "--format", "json", "--share", "all")
        #expect((try json(all) as? [String: Any])?["share"] as? [String] == ["name", "contact", "birth-year", "place", "situation", "constraints"])

        let unknown = try jalon.run("export", id, "--format", "md", "--share", "name,adresse")
        expectRefused(unknown, status: 64, containing: "« adresse »")
        #expect(unknown.stderr.contains("name, contact, birth-year, place, situation, constraints, all, none"))
        #expect(unknown.stdout.isEmpty)
        expectRefused(try jalon.run("export", id, "--format", "projet", "--share", "name"), status: 64, containing: "--share")
        var english = jalon
        english.language = "en"
        expectRefused(try english.run("export", id, "--format", "xml", "--share", "voisins"), status: 64, containing: "unknown share word 'voisins'")
    }

    @Test func anOlderRevisionCanBeExported() throws {
        let id = try importSample("lea-gray-lyceenne.xml")
        #expect(try jalon.run("plan", "add", id, "Forum des métiers", "--date", "2099-01-10").status == 0)
        let old = try jalon.run("export", id, "--format", "xml", "--revision", "1", "-o", folder.path + "/r1.xml")
        #expect(old.status == 0, "\(old.stderr)")
        let document = try XMLDocument(bytes: Array(try Data(contentsOf: URL(fileURLWithPath: folder.path + "/r1.xml"))), sourceName: "r1")
        #expect(try document.string("string(/d:dossier/d:export/@revision)", namespaces: ["d": "urn:jalon:dossier:1"]) == "1")
        #expect(!(try text(folder.path + "/r1.xml")).contains("Forum des métiers"))
        expectRefused(try jalon.run("export", id, "--format", "xml", "--revision", "9"), status: 66, containing: "pas de révision 9")
    }

    /// One character changed in the embedded project, at places spread over it: each is reported altered.
    @Test func verifyDossierDetectsOneChangedCharacter() throws {
        let id = try importSample()
        let path = folder.path + "/d.xml"
        #expect(try jalon.run("export", id, "--format", "xml", "-o", path).status == 0)
        let original = Array(try text(path))
        let whole = String(original)
        let start = whole.distance(from: whole.startIndex, to: try #require(whole.range(of: "<project ")).lowerBound)
        // Letters and digits of the project's text nodes (not markup), 12 of them evenly spaced.
        var candidates: [Int] = []
        var inMarkup = false
        for index in original.indices.dropFirst(start) {
            if original[index] == "<" {
                inMarkup = true
            } else if original[index] == ">" {
                inMarkup = false
            } else if !inMarkup, original[index].isLetter || original[index].isNumber {
                candidates.append(index)
            }
        }
        let positions = stride(from: 0, to: candidates.count, by: candidates.count / 12).map { candidates[$0] }
        #expect(positions.count >= 12)
        for position in positions {
            var tampered = original
            tampered[position] = original[position] == "x" ? "y" : "x"
            try String(tampered).write(toFile: path, atomically: true, encoding: .utf8)
            let result = try jalon.run("verify-dossier", path)
            expectRefused(result, status: 1, containing: "dossier altéré")
            #expect(result.stdout.isEmpty)
        }
        try String(original).write(toFile: path, atomically: true, encoding: .utf8)
        #expect(try jalon.run("verify-dossier", path).status == 0)
    }

    @Test func verifyDossierNamesWhatIsWrongAndWhere() throws {
        let notADossier = try jalon.run("verify-dossier", JalonProcess.sample("lea-gray-lyceenne.xml"))
        expectRefused(notADossier, status: 1, containing: "ce n’est pas un dossier Jalon")
        #expect(notADossier.stderr.contains("lea-gray-lyceenne.xml:"))

        let id = try importSample("lea-gray-lyceenne.xml")
        let path = folder.path + "/d.xml"
        #expect(try jalon.run("export", id, "--format", "xml", "-o", path).status == 0)
        let original = try text(path)
        try String(original.dropLast(40)).write(toFile: path, atomically: true, encoding: .utf8)
        let truncated = try jalon.run("verify-dossier", path)
        expectRefused(truncated, status: 1, containing: path + ":")
        #expect(truncated.stderr.range(of: #"d\.xml:[0-9]+:[0-9]+: "#, options: .regularExpression) != nil, "line and column")

        try original.replacingOccurrences(of: "algorithme=\"sha256-c14n\"", with: "algorithme=\"md5\"").write(toFile: path, atomically: true, encoding: .utf8)
        let invalid = try jalon.run("verify-dossier", path)
        expectRefused(invalid, status: 1, containing: "dossier non conforme au schéma")
        #expect(invalid.stderr.contains(path + ":4: "))

        expectRefused(try jalon.run("verify-dossier", folder.path + "/absent.xml"), status: 66, containing: "fichier introuvable")
        var english = jalon
        english.language = "en"
        try original.replacingOccurrences(of: "<mobiliteKm>", with: "<mobiliteKm>1").write(toFile: path, atomically: true, encoding: .utf8)
        expectRefused(try english.run("verify-dossier", path), status: 1, containing: "altered dossier")
    }
}

extension DossierExportCommandsTests {
    @Test func verifyDossierRefusesAnEnvelopeThatUnderstatesWhatIsShared() throws {
        let id = try importSample()
        let path = folder.path + "/d.xml"
        #expect(try jalon.run("export", id, "--format", "xml", "--share", "name", "-o", path).status == 0)
        try text(path).replacingOccurrences(of: #"partage="name""#, with: #"partage="""#).write(toFile: path, atomically: true, encoding: .utf8)
        expectRefused(try jalon.run("verify-dossier", path), status: 1, containing: "qu’il ne dit pas partager (name)")
    }
}

extension DossierExportCommandsTests {
    @Test func htmlStatesTheFingerprintAndPdfIsPrintedByChromium() throws {
        let id = try importSample()
        #expect(try jalon.run("export", id, "--format", "xml", "-o", folder.path + "/d.xml").status == 0)
        let fingerprint = try #require(
            try jalon.run("verify-dossier", folder.path + "/d.xml").stdout
                .split(separator: "\n").first?.split(separator: " ").last.map(String.init))
        let html = try jalon.run("export", id, "--format", "html")
        #expect(html.status == 0, "\(html.stderr)")
        #expect(html.stdout.hasPrefix("<!DOCTYPE html>") && html.stdout.contains(fingerprint))
        #expect(!html.stdout.contains("Karim"), "the name is not shared by default")
        #expect(try jalon.run("export", id, "--format", "html", "--share", "name").stdout.contains("Karim"))

        // Without Chromium on the PATH: one sentence that says what to install, nothing written.
        var without = jalon
        without.environment["PATH"] = folder.path
        let missing = try without.run("export", id, "--format", "pdf", "-o", folder.path + "/d.pdf")
        expectRefused(missing, status: 69, containing: "Chromium introuvable")
        #expect(!FileManager.default.fileExists(atPath: folder.path + "/d.pdf"))

        guard ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"].contains(where: FileManager.default.isExecutableFile) else {
            print("skipped: no Chromium on this machine, the PDF itself is not made")
            return
        }
        let pdf = try jalon.run("export", id, "--format", "pdf", "-o", folder.path + "/d.pdf")
        #expect(pdf.status == 0, "\(pdf.stderr)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: folder.path + "/d.pdf")).starts(with: Data("%PDF-".utf8)))
    }
}
