import Foundation
import JalonCore
@testable import JalonDossier
import JalonStore
import JalonXML

/// The samples as dossiers, and the rendered page read back with JalonXML.
enum DossierHTMLSamples {
    static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let names: [String] = {
        let directory = repositoryRoot.appendingPathComponent("Samples")
        let files = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return files.filter { $0.hasSuffix(".xml") }.sorted()
    }()

    static let exported = Timestamp(iso8601: "2026-11-29T10:00:00Z")!

    /// The sample's project, loaded as an import would (hardened parse, schema, migration, codec).
    static func project(_ name: String) throws -> Project {
        let bytes = [UInt8](try Data(contentsOf: repositoryRoot.appendingPathComponent("Samples/\(name)")))
        let loaded = try ProjectDocumentLoader().load(bytes: bytes, sourceName: name)
        return try ProjectCodec.decode(loaded.document)
    }

    static func dossier(_ project: Project, share: DossierShare = .none) throws -> Dossier {
        let history = [
            DossierRevision(number: 1, created: project.metadata.created, role: "person", counsellorName: nil, message: "Création du projet"),
            DossierRevision(number: 2, created: project.metadata.updated, role: "counsellor", counsellorName: "Mme Durand", message: "Notes"),
        ]
        return try Dossier.make(from: project, revision: 2, share: share, exported: exported, history: history)
    }

    static func dossier(_ name: String, share: DossierShare = .none) throws -> Dossier {
        try dossier(project(name), share: share)
    }

    /// The page as XML: HTML5's `<!DOCTYPE html>` line set aside (the hardened parser refuses every
    /// DOCTYPE), the rest must be well-formed as it is.
    static func parse(_ html: String) throws -> XMLDocument {
        let doctype = "<!DOCTYPE html>\n"
        precondition(html.hasPrefix(doctype), "the page must start with the HTML5 doctype")
        return try XMLDocument(bytes: Array(html.utf8.dropFirst(doctype.utf8.count)), sourceName: "dossier.html")
    }
}
