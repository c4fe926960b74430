import Foundation
import JalonCatalogue
import JalonCore
import JalonDossier
import JalonTestSupport
import Testing

@Suite("JSON dossier: stable fields, valid against dossier-1.0.schema.json")
struct DossierJSONTests {
    static let schemaPath = SampleDossiers.repositoryRoot.appendingPathComponent("Resources/Schemas/dossier-1.0.schema.json")

    static func schema() throws -> JSONSchemaSubset {
        JSONSchemaSubset(root: try JSONValue.parse(Array(try Data(contentsOf: schemaPath))))
    }

    static func annotated(_ sample: String, share: DossierShare, catalogue: Catalogue? = nil) throws -> Dossier {
        var dossier = try SampleDossiers.dossier(sample, share: share, catalogue: catalogue)
        dossier.annotation = DossierAnnotation(
            originFingerprint: String(repeating: "0", count: 64),
            date: SampleDossiers.exported, counsellor: "Mme Durand", structure: "Mission locale")
        return dossier
    }

    @Test(arguments: SampleDossiers.names)
    func everySampleValidatesAgainstTheSchema(sample: String) throws {
        let schema = try Self.schema()
        for share in [DossierShare.none, .all] {
            let json = try JSONValue.parse(DossierJSON.encode(try Self.annotated(sample, share: share)))
            #expect(schema.violations(of: json) == [], "\(sample), share \(share.words)")
        }
        // With the catalogue's labels: `skillDomains` and the centres' `label` filled in.
        let labelled = try JSONValue.parse(DossierJSON.encode(try Self.annotated(sample, share: .none, catalogue: Catalogue.bundled())))
        #expect(schema.violations(of: labelled) == [], "\(sample), with the catalogue")
    }

    /// The preference « métiers qui recrutent » is said by every format when on, and by none when off.
    @Test func theHiringPreferenceIsSaidWhenOn() throws {
        var project = try SampleDossiers.project("karim-montbeliard-reconversion.xml")
        let off = try SampleDossiers.dossier(project)
        project.profil?.metiersQuiRecrutent = true
        let on = try SampleDossiers.dossier(project, catalogue: try Catalogue.bundled())
        let json = try JSONValue.parse(DossierJSON.encode(on))
        #expect(try Self.schema().violations(of: json) == [])
        let profile = try #require(try JSONSerialization.jsonObject(with: Data(DossierJSON.encode(on))) as? [String: Any])
        #expect((profile["person"] as? [String: Any])?["hiringPreference"] as? Bool == true)
        let bare = try #require(try JSONSerialization.jsonObject(with: Data(DossierJSON.encode(off))) as? [String: Any])
        #expect((bare["person"] as? [String: Any])?["hiringPreference"] == nil)
        let words = "métiers qui recrutent dans ma région (les débouchés comptent dans le score)"
        #expect(DossierHTML.render(on, language: .fr).contains(words) && !DossierHTML.render(off, language: .fr).contains(words))
        #expect(DossierMarkdown.render(on, language: .fr).contains(words) && !DossierMarkdown.render(off, language: .fr).contains(words))
        #expect(String(decoding: DossierXML.encode(on), as: UTF8.self).contains("<metiersQuiRecrutent>true</metiersQuiRecrutent>"))
    }

    @Test func theCatalogueFillsSkillDomainsAndCentreLabelsWithoutChangingTheRest() throws {
        let sample = "karim-montbeliard-reconversion.xml"
        let bare = try #require(try JSONSerialization.jsonObject(with: Data(DossierJSON.encode(try SampleDossiers.dossier(sample)))) as? [String: Any])
        let labelled = try #require(
            try JSONSerialization.jsonObject(
                with: Data(DossierJSON.encode(try SampleDossiers.dossier(sample, catalogue: Catalogue.bundled())))) as? [String: Any])
        #expect((bare["skillDomains"] as? [Any])?.isEmpty == true)
        #expect(bare["labelsCatalogue"] == nil)
        #expect(labelled["labelsCatalogue"] as? String == (try Catalogue.bundled().stampDescription))
        let domains = try #require(labelled["skillDomains"] as? [[String: Any]])
        #expect(domains.compactMap { $0["category"] as? String }.contains("Savoir-faire technique"))
        let centres = try #require((labelled["interests"] as? [String: Any])?["centres"] as? [[String: Any]])
        #expect(centres.first { $0["code"] as? Int == 14 }?["label"] as? String == "J'aime le travail manuel")
        guard case .object(let bareValues) = try JSONValue.parse(DossierJSON.encode(try SampleDossiers.dossier(sample))),
            case .object(let labelledValues) = try JSONValue.parse(DossierJSON.encode(try SampleDossiers.dossier(sample, catalogue: Catalogue.bundled())))
        else {
            Issue.record("not an object"); return
        }
        // Kept métiers gain their job prospects (`prospects`) from the catalogue; nothing else of them may change.
        for key in ["skills", "fingerprint", "metiers", "plan", "notes"] {
            #expect(
                bareValues[key]?.removingKey("prospects") == labelledValues[key]?.removingKey("prospects"),
                "\(key) does not depend on the catalogue")
        }
    }

    /// The check itself finds what a wrong document gets wrong (so a pass above means something).
    @Test func theSchemaCheckRefusesWrongDocuments() throws {
        let schema = try Self.schema()
        guard case .object(var members) = try JSONValue.parse(DossierJSON.encode(try SampleDossiers.dossier("lea-gray-lyceenne.xml"))) else {
            Issue.record("not an object"); return
        }
        members["revision"] = .string("3")
        members["intrus"] = .bool(true)
        members.removeValue(forKey: "fingerprint")
        members["share"] = .array([.string("adresse")])
        let violations = schema.violations(of: .object(members))
        #expect(violations.contains("$.revision: expected integer, found string(\"3\")"))
        #expect(violations.contains("$: unexpected intrus"))
        #expect(violations.contains("$: missing fingerprint"))
        #expect(violations.contains { $0.hasPrefix("$.share[0]: string(\"adresse\") not in") })
    }

    @Test func statesTheFingerprintAndSharesOnlyWhatWasChosen() throws {
        let dossier = try SampleDossiers.dossier("karim-montbeliard-reconversion.xml", share: [.place])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(DossierJSON.encode(dossier))) as? [String: Any])
        #expect((object["fingerprint"] as? [String: Any])?["value"] as? String == dossier.fingerprint)
        #expect(object["share"] as? [String] == ["place"])
        let person = try #require(object["person"] as? [String: Any])
        #expect(person["name"] == nil && person["birthYear"] == nil && person["email"] == nil)
        #expect(person["commune"] != nil)
        #expect(person["label"] as? String == dossier.project.pseudonym)
        let kept = try #require((object["metiers"] as? [String: Any])?["kept"] as? [[String: Any]])
        #expect(kept.first?["fiche"] as? String == "I1310")
        #expect(kept.first?["score"] is Int)
        let reasons = kept.first?["reasons"] as? [String]
        #expect(reasons?.isEmpty == false)
        #expect(DossierJSON.encode(dossier) == DossierJSON.encode(dossier))
    }

    /// The reference validator, when this machine has it (CI may not: the Swift check above stands alone).
    @Test func pythonJSONSchemaAgrees() throws {
        let probe = Process()
        probe.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        probe.arguments = ["python3", "-c", "import jsonschema"]
        probe.standardError = FileHandle.nullDevice
        do { try probe.run() } catch { return }
        probe.waitUntilExit()
        guard probe.terminationStatus == 0 else {
            print("skipped: Python jsonschema is not installed; the Swift structural check covers the schema")
            return
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("jalon-json-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        var files: [String] = []
        for sample in SampleDossiers.names {
            let path = folder.appendingPathComponent(sample + ".json").path
            try Data(DossierJSON.encode(try Self.annotated(sample, share: .all))).write(to: URL(fileURLWithPath: path))
            files.append(path)
        }
        let script = """
            import json, sys, jsonschema
            schema = json.load(open(sys.argv[1]))
            jsonschema.Draft202012Validator.check_schema(schema)
            validator = jsonschema.Draft202012Validator(schema)
            errors = [f"{p}: {e.message}" for p in sys.argv[2:] for e in validator.iter_errors(json.load(open(p)))]
            print("\\n".join(errors)); sys.exit(1 if errors else 0)
            """
        let run = Process()
        run.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        run.arguments = ["python3", "-c", script, Self.schemaPath.path] + files
        let out = Pipe()
        run.standardOutput = out
        try run.run()
        let output = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        run.waitUntilExit()
        #expect(run.terminationStatus == 0, "\(output)")
    }
}
