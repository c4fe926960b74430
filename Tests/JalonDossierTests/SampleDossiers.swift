import Foundation
import JalonCatalogue
import JalonCore
import JalonDossier
import JalonStore
import JalonTestSupport
import JalonXML

/// The repository's sample projects made into dossiers, as the tests of every format start from them,
/// and an HTML page read back with JalonXML.
enum SampleDossiers {
    static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// Every sample project in `Samples/`.
    static let names: [String] = {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: repositoryRoot.appendingPathComponent("Samples").path)) ?? []
        return files.filter { $0.hasSuffix(".xml") }.sorted()
    }()

    static func bytes(_ relativePath: String) throws -> [UInt8] {
        Array(try Data(contentsOf: repositoryRoot.appendingPathComponent(relativePath)))
    }

    /// The sample's project, loaded as an import would (hardened parse, schema, migration, codec).
    static func project(_ name: String) throws -> Project {
        let loaded = try ProjectDocumentLoader().load(bytes: try bytes("Samples/\(name)"), sourceName: name)
        return try ProjectCodec.decode(loaded.document)
    }

    static let exported = Timestamp(iso8601: "2026-11-29T10:00:00Z")!

    /// A dossier of the project as of a made-up revision 3 with a person's and a counsellor's revision;
    /// with `catalogue`, carrying its words for skill categories and centres (as `jalon export` does).
    static func dossier(_ project: Project, share: DossierShare = .none, catalogue: Catalogue? = nil) throws -> Dossier {
        let history = [
            DossierRevision(
                number: 1, created: Timestamp(iso8601: "2026-10-01T09:00:00Z")!, role: "person",
                counsellorName: nil, message: "Création du projet"),
            DossierRevision(
                number: 2, created: Timestamp(iso8601: "2026-10-12T14:30:00Z")!, role: "counsellor",
                counsellorName: "Mme Durand", message: "Note n1 & « remarques »"),
            DossierRevision(
                number: 3, created: Timestamp(iso8601: "2026-11-02T08:15:00Z")!, role: "person",
                counsellorName: nil, message: "Plan : a2")
        ]
        return try Dossier.make(from: project, revision: 3, share: share, exported: exported, history: history, catalogue: catalogue)
    }

    static func dossier(_ name: String, share: DossierShare = .none, catalogue: Catalogue? = nil) throws -> Dossier {
        try dossier(project(name), share: share, catalogue: catalogue)
    }

    /// An HTML page as XML (`HTMLPageXML`, shared with the CLI tests).
    static func parse(_ html: String) throws -> XMLDocument {
        try HTMLPageXML.parse(html, sourceName: "dossier.html")
    }
}
