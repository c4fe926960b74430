import Foundation
import JalonCore
import JalonPostgresStore
import JalonServer
import JalonStore

/// A temporary store holding one realistic project (the Karim sample, imported as the portal would),
/// linked to a person whose token the load uses, and the `jalon serve` configuration over it. The store
/// is a temporary folder, or the PostgreSQL database given (a fresh schema of it is best).
struct BenchmarkStore {
    let root: String
    let location: String
    let configPath: String
    let projectID: String
    let token = BearerToken.generate()

    /// `journal`: the access journal's path (default: in the store), e.g. on tmpfs to see what its fsync costs.
    init(sample: String, journal: String?, postgres: String? = nil) throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("jalon-load-\(UUID().uuidString.lowercased())").path
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        location = postgres ?? root
        let person = "personne-charge"
        // The rate limit is lifted: the load is one token, and the limiter is not what is measured.
        let limits = ServerConfiguration.Limits(requestsPerMinute: 100_000_000)
        let configuration = ServerConfiguration(
            journal: journal ?? root + "/journal.jsonl", limits: limits,
            tokens: [
                .init(sha256: BearerToken.sha256Hex(token), role: .person, subject: person)
            ])
        let services = try OpenedStore(location: location).services(configuration: configuration)
        let imported = try services.repository.importDocument(
            Array(try Data(contentsOf: URL(fileURLWithPath: sample))),
            sourceName: sample, author: RevisionAuthor(role: .portal, name: "portail-charge"))
        _ = try services.links.update(imported.project.id) { $0 = ProjectLinks(project: imported.project.id, portal: "portail-charge", person: person) }
        projectID = imported.project.id.rawValue

        configPath = root + "/serveur.json"
        let file: [String: Any] = [
            "store": location,
            "journal": journal ?? root + "/journal.jsonl",
            "limits": [
                "maxBodyBytes": limits.maxBodyBytes, "requestTimeoutSeconds": limits.requestTimeoutSeconds,
                "requestsPerMinute": limits.requestsPerMinute
            ],
            "tokens": [["sha256": BearerToken.sha256Hex(token), "role": "person", "subject": person]]
        ]
        try JSONSerialization.data(withJSONObject: file).write(to: URL(fileURLWithPath: configPath))
    }

    func remove() { try? FileManager.default.removeItem(atPath: root) }
}
