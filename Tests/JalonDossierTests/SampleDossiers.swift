import Foundation
import JalonCore
import JalonDossier
import JalonStore
import JalonXML

/// The repository's sample projects made into dossiers, as the tests of every format start from them.
enum SampleDossiers {
    static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let names = ["karim-montbeliard-reconversion.xml", "lea-gray-lyceenne.xml",
                        "yanis-dijon-apprentissage.xml", "nadia-besancon-vae-portail.xml"]

    static func bytes(_ relativePath: String) throws -> [UInt8] {
        Array(try Data(contentsOf: repositoryRoot.appendingPathComponent(relativePath)))
    }

    static func project(_ name: String) throws -> Project {
        let loaded = try ProjectDocumentLoader().load(bytes: try bytes("Samples/\(name)"), sourceName: name)
        return try ProjectCodec.decode(loaded.document)
    }

    static let exported = Timestamp(iso8601: "2026-11-29T10:00:00Z")!

    /// A dossier of the sample as of a made-up revision 3 with a person's and a counsellor's revision.
    static func dossier(_ name: String, share: DossierShare = .none) throws -> Dossier {
        let history = [
            DossierRevision(number: 1, created: Timestamp(iso8601: "2026-10-01T09:00:00Z")!, role: "person",
                            counsellorName: nil, message: "Création du projet"),
            DossierRevision(number: 2, created: Timestamp(iso8601: "2026-10-12T14:30:00Z")!, role: "counsellor",
                            counsellorName: "Mme Durand", message: "Note n1 & « remarques »"),
            DossierRevision(number: 3, created: Timestamp(iso8601: "2026-11-02T08:15:00Z")!, role: "person",
                            counsellorName: nil, message: "Plan : a2"),
        ]
        return try Dossier.make(from: try project(name), revision: 3, share: share, exported: exported, history: history)
    }
}
