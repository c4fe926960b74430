import Foundation
import JalonCatalogue
import JalonCore
import JalonDossier
import JalonStore
import JalonXML
import Testing

@Suite("XML dossier: writing, reading, schema, fingerprint")
struct DossierXMLTests {
    @Test(arguments: SampleDossiers.names)
    func writesAValidDossierThatReadsBackToTheSameDossier(sample: String) throws {
        let dossier = try SampleDossiers.dossier(sample, share: [.name, .place])
        let bytes = DossierXML.encode(dossier)
        #expect(DossierXML.encode(dossier) == bytes, "same dossier, same bytes")
        let document = try XMLDocument(bytes: bytes, sourceName: sample)
        #expect(try DossierXML.schema().validate(document).isEmpty)

        let file = try DossierXML.read(bytes: bytes, sourceName: sample)
        #expect(file.isIntact)
        #expect(file.fingerprintStated == dossier.fingerprint)
        #expect(file.fingerprintComputed == dossier.fingerprint)
        #expect(file.project == dossier.project)
        #expect(file.share == [.name, .place])
        #expect(file.revision == 3)
        #expect(file.exported == SampleDossiers.exported)
        #expect(file.history == dossier.history)
        #expect(file.sources == dossier.sources)
        #expect(file.annotation == nil)
        #expect(file.projectVersion == ProjectCodec.version && file.appliedMigrations.isEmpty)
        #expect(DossierXML.encode(file.dossier) == bytes, "what is read writes back byte for byte")
    }

    @Test func theEnvelopeSaysWhatTheDesignSays() throws {
        let dossier = try SampleDossiers.dossier("karim-montbeliard-reconversion.xml")
        let document = try XMLDocument(bytes: DossierXML.encode(dossier), sourceName: "karim")
        let ns = ["d": DossierXML.namespace, "p": "urn:jalon:project:1"]
        func value(_ xpath: String) throws -> String { try document.string("string(\(xpath))", namespaces: ns) }
        #expect(try value("/d:dossier/@version") == "1.0")
        #expect(try value("/d:dossier/d:export/@revision") == "3")
        #expect(try value("/d:dossier/d:export/@date") == "2026-11-29T10:00:00Z")
        #expect(try value("/d:dossier/d:export/@partage") == "", "nothing personal shared by default")
        #expect(try value("/d:dossier/d:empreinte/@algorithme") == "sha256-c14n")
        #expect(try value("/d:dossier/d:empreinte") == dossier.fingerprint)
        #expect(try value("/d:dossier/d:historique/d:revision[2]/@conseiller") == "Mme Durand")
        #expect(try value("/d:dossier/d:historique/d:revision[1]/@conseiller") == "")
        #expect(try value("count(/d:dossier/d:sources/d:source)") == "2")
        #expect(try value("/d:dossier/d:sources/d:source[1]/@resultat") == "suggestions")
        #expect(try value("/d:dossier/p:project/@schemaVersion") == "1.3")
        // Karim's name is not shared: the embedded project has no name, no commune.
        #expect(try value("count(//p:nomAffiche)") == "0")
        #expect(try value("count(//p:commune)") == "0")
    }

    /// With the catalogue, each kept métier's débouchés go into `<debouches>`: valid for the schema, the
    /// département's figure when the place is shared (France's when it is not), read back unchanged.
    @Test func debouchesAreWrittenValidAndReadBack() throws {
        let catalogue = try Catalogue.bundled()
        let ns = ["d": DossierXML.namespace]
        for (share, zone) in [(DossierShare.none, "france"), ([.place], "departement:25")] {
            let dossier = try SampleDossiers.dossier("karim-montbeliard-reconversion.xml", share: share, catalogue: catalogue)
            let kept = dossier.keptMetiers.map(\.fiche)
            #expect(!kept.isEmpty && kept.allSatisfy { dossier.references.debouches[$0] != nil })
            let bytes = DossierXML.encode(dossier)
            let document = try XMLDocument(bytes: bytes, sourceName: "karim")
            #expect(try DossierXML.schema().validate(document).isEmpty)
            #expect(try document.select("/d:dossier/d:debouches/d:metier", namespaces: ns).compactMap { $0.attribute("fiche") } == kept.map(\.rawValue))
            let first = "/d:dossier/d:debouches/d:metier[1]"
            #expect(try document.string("string(\(first)/@zone)", namespaces: ns) == zone)
            #expect(try document.string("string(\(first)/d:famille)", namespaces: ns).contains("pas de ce seul métier"))
            let file = try DossierXML.read(bytes: bytes, sourceName: "karim")
            #expect(file.dossier.references.debouches == dossier.references.debouches)
            #expect(DossierXML.encode(file.dossier) == bytes, "what is read writes back byte for byte")
        }
        // Without a catalogue nothing is written: dossiers made so are as before.
        let bare = DossierXML.encode(try SampleDossiers.dossier("karim-montbeliard-reconversion.xml"))
        #expect(!String(decoding: bare, as: UTF8.self).contains("<debouches>"))
    }

    /// The schema checks what `<debouches>` states (so the validity above means something).
    @Test(arguments: [
        (#"niveau="[a-z]+""#, #"niveau="haute""#), (#" categorie="[0-9]""#, #" categorie="9""#),
        (#"zone="[^"]+""#, #"zone="monde""#), (#"<famille>"#, #"<intrus/><famille>"#)
    ])
    func badDebouchesAreRefusedByTheSchema(_ change: (pattern: String, replacement: String)) throws {
        let dossier = try SampleDossiers.dossier("karim-montbeliard-reconversion.xml", catalogue: try Catalogue.bundled())
        var text = String(decoding: DossierXML.encode(dossier), as: UTF8.self)
        let section = try #require(text.range(of: "<debouches>"))
        let target = try #require(text.range(of: change.pattern, options: .regularExpression, range: section.lowerBound..<text.endIndex))
        text.replaceSubrange(target, with: change.replacement)
        #expect(!(try DossierXML.schema().validate(XMLDocument(bytes: Array(text.utf8), sourceName: "bad")).isEmpty))
    }

    @Test func anAnnotationIsWrittenAndReadBack() throws {
        var dossier = try SampleDossiers.dossier("lea-gray-lyceenne.xml")
        dossier.annotation = DossierAnnotation(
            originFingerprint: String(repeating: "ab", count: 32),
            date: Timestamp(iso8601: "2026-11-30T16:00:00Z")!,
            counsellor: "Mme Durand", structure: "Mission locale")
        let file = try DossierXML.read(bytes: DossierXML.encode(dossier), sourceName: "lea")
        #expect(file.annotation == dossier.annotation)
        #expect(file.isIntact)
    }

    /// A dossier whose project was written in format 1.0 is validated with the 1.0 schema and migrated.
    @Test func anEmbeddedOlderProjectIsMigrated() throws {
        let old = try SampleDossiers.bytes("Tests/JalonStoreTests/Fixtures/format-1.0/yanis-dijon-apprentissage.xml")
        let fingerprint = try XMLDocument(bytes: old, sourceName: "old").fingerprint()
        var writer = XMLWriter()
        writer.start("dossier", attributes: [("xmlns", DossierXML.namespace), ("version", "1.0")])
        writer.leaf("export", attributes: [("date", "2026-11-29T10:00:00Z"), ("revision", "1"), ("partage", "name")])
        writer.leaf("empreinte", text: fingerprint, attributes: [("algorithme", "sha256-c14n")])
        writer.start("historique"); writer.end()
        writer.start("sources"); writer.end()
        writer.embed(document: old)
        let file = try DossierXML.read(bytes: writer.finish(), sourceName: "old-dossier.xml")
        #expect(file.isIntact)
        #expect(file.projectVersion == FormatVersion(1, 0))
        #expect(file.appliedMigrations.count == 3)  // 1.0 → 1.1 → 1.2 → 1.3
        #expect(file.project.profil?.nomAffiche != nil)
    }

    @Test func aProjectDocumentIsNotADossier() throws {
        let bytes = try SampleDossiers.bytes("Samples/lea-gray-lyceenne.xml")
        #expect {
            try DossierXML.read(bytes: bytes, sourceName: "lea.xml")
        } throws: { error in
            guard case .notADossier(let location, found: "project", _) = error as? DossierReadError else { return false }
            let message = (error as! DossierReadError).message(in: .fr)
            return location.line > 0 && message.contains("lea.xml:\(location.line): ") && message.contains("jalon import")
        }
    }

    @Test func anInvalidEnvelopeIsReportedWithLineAndColumn() throws {
        let dossier = try SampleDossiers.dossier("lea-gray-lyceenne.xml")
        let text = String(decoding: DossierXML.encode(dossier), as: UTF8.self)
            .replacingOccurrences(of: #"role="counsellor""#, with: #"role="voisin""#)
        #expect {
            try DossierXML.read(bytes: Array(text.utf8), sourceName: "d.xml")
        } throws: { error in
            guard case .invalid(let diagnostics) = error as? DossierReadError, let first = diagnostics.first else { return false }
            // The second <revision> of the history, the counsellor's, is on line 7.
            return first.line == 7 && (error as! DossierReadError).message(in: .en).contains("d.xml:7: ")
        }
        let broken = Array(text.replacingOccurrences(of: "</historique>", with: "</historic>").utf8)
        #expect {
            try DossierXML.read(bytes: broken, sourceName: "d.xml")
        } throws: { error in
            guard case .xml(let xml) = error as? DossierReadError else { return false }
            return xml.location.line > 0 && xml.location.column > 0
        }
    }

    /// The embedded project is checked with the project schema: a dossier whose fingerprint was
    /// recomputed over an invalid project is refused as invalid, with the dossier's own line.
    @Test func anIntactButInvalidProjectIsRefused() throws {
        let dossier = try SampleDossiers.dossier("lea-gray-lyceenne.xml")
        var text = String(decoding: DossierXML.encode(dossier), as: UTF8.self)
        text = text.replacingOccurrences(of: #"etat="en-cours""#, with: #"etat="peut-etre""#)
        let projectStart = try #require(text.range(of: "<project "))
        let embedded = Array(("<?xml version=\"1.0\"?>\n" + text[projectStart.lowerBound...].replacingOccurrences(of: "</dossier>", with: "")).utf8)
        let fingerprint = try XMLDocument(bytes: embedded, sourceName: "p").fingerprint()
        text = text.replacingOccurrences(of: dossier.fingerprint, with: fingerprint)
        #expect {
            try DossierXML.read(bytes: Array(text.utf8), sourceName: "d.xml")
        } throws: { error in
            guard case .project(.invalid(let diagnostics)) = error as? DossierReadError else { return false }
            let line = text.prefix(upTo: try! #require(text.range(of: "peut-etre")).lowerBound).filter { $0 == "\n" }.count + 1
            return diagnostics.first?.location.sourceName == "d.xml" && diagnostics.first?.line == line
        }
    }
}

@Suite("XML dossier: what the envelope says is shared")
struct DossierShareStatementTests {
    @Test func aDossierJalonWroteHoldsNoUndeclaredData() throws {
        for share in [DossierShare.none, [.name, .place], .all] {
            let dossier = try SampleDossiers.dossier("karim-montbeliard-reconversion.xml", share: share)
            #expect(try DossierXML.read(bytes: DossierXML.encode(dossier), sourceName: "d").undeclaredShareWords == [])
        }
    }

    /// `partage` is in the envelope, outside the fingerprint: a dossier whose envelope understates what it
    /// holds is caught by comparing it with the project.
    @Test func anUnderstatedShareIsFound() throws {
        let dossier = try SampleDossiers.dossier("karim-montbeliard-reconversion.xml", share: [.name, .place, .constraints])
        let text = String(decoding: DossierXML.encode(dossier), as: UTF8.self)
            .replacingOccurrences(of: #"partage="name place constraints""#, with: #"partage="place""#)
        let file = try DossierXML.read(bytes: Array(text.utf8), sourceName: "d")
        #expect(file.isIntact)
        #expect(file.undeclaredShareWords == ["name", "constraints"])
    }
}
