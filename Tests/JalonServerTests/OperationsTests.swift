import Foundation
import Hummingbird
import HummingbirdTesting
import JalonServer
import Testing

/// Logs and the access journal: what they hold, and above all what they never hold.
@Suite("Server operations")
struct OperationsTests {
    /// A project with a name and content that must never reach the logs, as the person and counsellor use it.
    private func exercise(_ server: ServerHarness) async throws -> String {
        try await server.withClient { client in
            let id = try await client.createProject(name: "Yasmina Belkacem")
            _ = try await client.send(
                .put, "/v1/projects/\(id)/sections/synthese", as: .person,
                json: #"{"paragraphes": ["Secret de Yasmina : aide-soignante à Dole."]}"#, headers: [.ifMatch: "\"r1\""])
            _ = try await client.send(.get, "/v1/projects/\(id)", as: .person)
            _ = try await client.send(.get, "/v1/projects/\(id)", as: .otherPerson)
            _ = try await client.send(.get, "/v1/nowhere", as: .person)
            return id
        }
    }

    @Test("one log line per request: request id, route pattern, status, duration — no name, content, subject or project id")
    func logs() async throws {
        let server = try ServerHarness()
        let id = try await exercise(server)
        let requests = server.logs.records.filter { $0.message == "request" }
        #expect(requests.count == 5)
        #expect(
            requests.map { $0.metadata["http.route"] } == [
                "/v1/projects", "/v1/projects/{id}/sections/{section}", "/v1/projects/{id}",
                "/v1/projects/{id}", "NotFound"
            ])
        #expect(requests.map { $0.metadata["http.status"] } == ["201", "200", "200", "404", "404"])
        #expect(requests.allSatisfy { $0.metadata["hb.request.id"] != nil && Double($0.metadata["duration_ms"] ?? "") != nil })
        for record in server.logs.records {
            for secret in ["Yasmina", "Belkacem", "Dole", "personne-1", "personne-2", "portail-1", id, "jalon_test_"] {
                #expect(!record.all.contains(secret), "log leaks \(secret): \(record.all)")
            }
        }
    }

    @Test("the access journal has one fsynced line per authenticated request: time, subject, role, operation, project, outcome; never content")
    func journal() async throws {
        let server = try ServerHarness()
        let id = try await exercise(server)
        let text = try String(contentsOfFile: server.journalPath, encoding: .utf8)
        let lines = text.split(separator: "\n").map { try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }
        // The unknown route has no operation: it reaches no project and is only logged.
        let entries = lines.compactMap { $0 }
        #expect(entries.count == 4 && lines.count == 4)
        #expect(entries.map { $0["operation"] as? String } == ["project.create", "project.section.update", "project.read", "project.read"])
        #expect(entries.map { $0["outcome"] as? Int } == [201, 200, 200, 404])
        #expect(entries.map { $0["subject"] as? String } == ["portail-1", "personne-1", "personne-1", "personne-2"])
        // The project by keyed hash only (pseudonymised: the journal outlives an erasure), the same for each line.
        let hashed = Set(entries.compactMap { $0["project"] as? String })
        #expect(hashed.count == 1 && hashed.first?.hasPrefix("hmac-sha256:") == true && !text.contains(id))
        #expect(entries.allSatisfy { ($0["time"] as? String)?.hasSuffix("Z") == true })
        #expect(!text.contains("Yasmina") && !text.contains("Dole"))
    }
}
