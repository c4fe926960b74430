import Foundation
import Hummingbird
import HummingbirdTesting
import JalonServer
import Testing

/// The same application on a real loopback socket (HummingbirdTesting's live mode: a free port).
@Suite("Server on loopback")
struct LiveServerTests {
    @Test("over TCP: health, creation, then a read with its ETag and a stale update refused")
    func loopback() async throws {
        let server = try ServerHarness()
        try await server.withClient(.live) { client in
            #expect(client.client.port != nil)
            #expect(try await client.send(.get, "/health").status == .ok)
            let id = try await client.createProject()
            let read = try await client.send(.get, "/v1/projects/\(id)", as: .person)
            #expect(read.status == .ok)
            #expect(read.headers[.eTag] == "\"r1\"")
            let stale = try await client.send(.post, "/v1/projects/\(id)/advance", as: .person, headers: [.ifMatch: "\"r7\""])
            #expect(stale.status == .preconditionFailed)
            #expect(stale.headers[.contentType] == "application/problem+json")
        }
    }
}
