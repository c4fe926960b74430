import Foundation
import JalonCore
import JalonServer
import JalonStore

/// A temporary store holding one realistic project (the Karim sample, imported as the portal would),
/// linked to a person whose token the load uses, and the `jalon serve` configuration over it.
struct BenchmarkStore {
    let root: String
    let configPath: String
    let projectID: String
    let token = BearerToken.generate()
    /// The web workbook's session of the same person, as its cookie (signed in through a single-use link).
    let sessionCookie: String

    /// `journal`: the access journal's path (default: in the store), e.g. on tmpfs to see what its fsync costs.
    init(sample: String, journal: String?) throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("jalon-load-\(UUID().uuidString.lowercased())").path
        let person = "personne-charge"
        // The rate limit is lifted: the load is one token, and the limiter is not what is measured.
        let limits = ServerConfiguration.Limits(requestsPerMinute: 100_000_000)
        let configuration = ServerConfiguration(limits: limits, tokens: [
            .init(sha256: BearerToken.sha256Hex(token), role: .person, subject: person),
        ])
        let services = try JalonApplication.services(configuration: configuration, storeRoot: root)
        let imported = try services.repository.importDocument(Array(try Data(contentsOf: URL(fileURLWithPath: sample))),
                                                              sourceName: sample, author: RevisionAuthor(role: .portal, name: "portail-charge"))
        _ = try services.links.update(imported.project.id) { $0 = ProjectLinks(project: imported.project.id, portal: "portail-charge", person: person) }
        projectID = imported.project.id.rawValue
        let link = try services.web.issueLink(role: .person, subject: person, project: imported.project.id)
        sessionCookie = try services.web.signIn(token: link)!.id

        configPath = root + "/serveur.json"
        var file: [String: Any] = [
            "store": root,
            "limits": ["maxBodyBytes": limits.maxBodyBytes, "requestTimeoutSeconds": limits.requestTimeoutSeconds,
                       "requestsPerMinute": limits.requestsPerMinute],
            "tokens": [["sha256": BearerToken.sha256Hex(token), "role": "person", "subject": person]],
        ]
        if let journal { file["journal"] = journal }
        try JSONSerialization.data(withJSONObject: file).write(to: URL(fileURLWithPath: configPath))
    }

    func remove() { try? FileManager.default.removeItem(atPath: root) }
}
