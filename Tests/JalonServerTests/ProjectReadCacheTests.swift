import Foundation
import Hummingbird
import HummingbirdTesting
import JalonCore
import JalonServer
import JalonStore
import Testing

/// Reads go through a per-process cache of decoded projects; it must never show what the store no
/// longer holds.
@Suite("Server project read cache")
struct ProjectReadCacheTests {
    @Test("an erased project whose id comes back with other content at the same revision number is read afresh")
    func erasedIDComesBack() async throws {
        let server = try ServerHarness()
        let sample = try ServerHarness.karimSample()
        try await server.withClient { client in
            let id = try await client.importSample(sample)
            let read = try await client.send(.get, "/v1/projects/\(id)", as: .person)
            #expect(try (read.json()["profil"] as? [String: Any])?["nomAffiche"] as? String == "Karim B.")

            // Erased by another process (the CLI), then a project under the same id written straight into the
            // store with another name (an import would give it a new id: the store remembers erased ids).
            let projectID = try #require(ProjectID(id)), store = server.services.repository.store
            try store.erase(projectID)
            let original = try #require(sample.range(of: "<id>").map { String(sample[$0.upperBound...].prefix(36)) })
            let other = sample.replacingOccurrences(of: "<nomAffiche>Karim B.</nomAffiche>", with: "<nomAffiche>K. B.</nomAffiche>")
                .replacingOccurrences(of: "<id>\(original)</id>", with: "<id>\(id)</id>")
            _ = try store.create(projectID, document: Array(other.utf8), author: .person, message: "revenu")
            // The same revision number (1): only the content tells the two apart.
            #expect(try await client.send(.get, "/v1/projects/\(id)/status", as: .person).json()["revision"] as? Int == 1)

            let reread = try await client.send(.get, "/v1/projects/\(id)", as: .person)
            #expect(try (reread.json()["profil"] as? [String: Any])?["nomAffiche"] as? String == "K. B.")
            let status = try await client.send(.get, "/v1/projects/\(id)/status", as: .person)
            #expect(status.status == .ok)
        }
    }

    @Test("a change saved by another server over the same store shows on the next read")
    func otherWriter() async throws {
        let server = try ServerHarness()
        try await server.withClient { client in
            let id = try await client.createProject(name: "Sophie")
            #expect(try await client.send(.get, "/v1/projects/\(id)", as: .person).json()["synthese"] == nil)
            // Another server: the same store, written without going through this one.
            let repository = server.services.repository, projectID = try #require(ProjectID(id))
            var project = try repository.load(projectID).project
            project.synthese = Synthese(paragraphes: ["Écrit ailleurs."])
            _ = try repository.save(project, basedOn: 1, author: .init(role: .person), message: "ailleurs")
            let read = try await client.send(.get, "/v1/projects/\(id)", as: .person)
            #expect(read.headers[.eTag] == "\"r2\"")
            #expect(try read.json()["synthese"] as? [String] == ["Écrit ailleurs."])
        }
    }

    @Test("kept suggestions answer only the same revision, limit and language")
    func suggestionsPerLimitAndLanguage() async throws {
        let server = try ServerHarness()
        let sample = try ServerHarness.karimSample()
        try await server.withClient { client in
            let id = try await client.importSample(sample)
            func suggestions(_ limit: Int, _ language: String = "fr") async throws -> [String: Any] {
                try await client.send(
                    .get, "/v1/projects/\(id)/suggestions?limit=\(limit)", as: .person,
                    headers: [.acceptLanguage: language]
                ).json()
            }
            let three = try await suggestions(3), five = try await suggestions(5)
            #expect((three["suggestions"] as? [Any])?.count == 3)
            #expect((five["suggestions"] as? [Any])?.count == 5)
            let reasons = { (body: [String: Any]) in ((body["suggestions"] as? [[String: Any]])?.first?["reasons"] as? [String]) ?? [] }
            let english = try await suggestions(3, "en")
            #expect(!reasons(three).isEmpty && reasons(english) != reasons(three))
            #expect(reasons(try await suggestions(3)) == reasons(three))
            // More limits than a revision keeps views: the oldest go, answers stay right.
            for limit in [1, 2, 4, 6, 7, 1, 2] {
                #expect((try await suggestions(limit)["suggestions"] as? [Any])?.count == limit)
            }

            _ = try await client.send(
                .put, "/v1/projects/\(id)/sections/synthese", as: .person,
                json: #"{"paragraphes": ["Maintenance industrielle."]}"#, headers: [.ifMatch: "\"r1\""])
            #expect(try await suggestions(3)["revision"] as? Int == 2)
        }
    }
}

extension ServerHarness {
    /// Karim, a sample with interests, skills and pistes (so suggestions have reasons).
    static func karimSample() throws -> String {
        try String(contentsOfFile: sample("karim-montbeliard-reconversion.xml"), encoding: .utf8)
    }
}

extension ServerHarness.Client {
    /// A project document imported by the portal and linked to the person; returns its id.
    func importSample(_ xml: String) async throws -> String {
        let created = try await send(.post, "/v1/projects?person=personne-1", as: .portal, xml: xml)
        guard created.status == .created, let id = try created.json()["id"] as? String else {
            throw ServerHarness.HarnessError.unexpected(created.status.code, created.text)
        }
        return id
    }
}
