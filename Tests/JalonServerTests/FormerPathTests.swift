import Foundation
import HummingbirdTesting
import JalonServer
import JalonTestSupport
import Testing

/// The paths renamed to the glossary's words (`consent` → `partage`, `skills` → `competences`,
/// `metiers/{code}` → `pistes/{code}`, `trainings/{code}` → `formations/{code}`) still answer at their
/// former place, the same body, marked deprecated with a link to the path to use.
@Suite("Server: former paths still answered, marked deprecated")
struct FormerPathTests {
    @Test("every renamed route is documented under its new path only, and its former path differs")
    func renamedRoutesAreListedOnce() {
        let renamed = JalonRoutes.all.filter { $0.formerPath != nil }
        #expect(renamed.count == 8, "\(renamed.map(\.path))")
        let documented = Set(JalonRoutes.all.map { "\($0.method.rawValue) \($0.path)" })
        for route in renamed {
            #expect(!documented.contains("\(route.method.rawValue) \(route.formerPath!)"), "\(route.path): its former path is also a route")
        }
    }

    @Test("a read and an edit at the former paths: same answer, Deprecation and a successor link")
    func formerPathsAnswer() async throws {
        let server = try ServerHarness()
        try await server.withClient(.live) { client in
            let id = try await ComputedRouteTests().karim(client)
            for (former, current) in [("consent", "partage"), ("metiers/I1310", "pistes/I1310"), ("trainings/I1310?limit=2", "formations/I1310?limit=2")] {
                let old = try await client.send(.get, "/v1/projects/\(id)/\(former)", as: .person)
                let new = try await client.send(.get, "/v1/projects/\(id)/\(current)", as: .person)
                #expect(old.status == .ok && new.status == .ok, "\(former): \(old.status) \(new.status)")
                #expect(old.text == new.text, "\(former) answers unlike \(current)")
                #expect(old.headers[.init("Deprecation")!] == "true", "\(former)")
                let successor = "/v1/projects/\(id)/\(current.split(separator: "?")[0])"
                #expect(old.headers[.init("Link")!] == "<\(successor)>; rel=\"successor-version\"", "\(former)")
                #expect(new.headers[.init("Deprecation")!] == nil, "\(current) is not deprecated")
            }
            // An edit through a former path is the same edit: one revision, read back at the new path.
            let before = try await client.send(.get, "/v1/projects/\(id)", as: .person)
            let etag = try #require(before.headers[.eTag])
            let added = try await client.send(
                .post, "/v1/projects/\(id)/skills", as: .person,
                json: #"{"skill": "Langue des signes", "level": 3}"#, headers: [.ifMatch: etag])
            #expect(added.status == .created, "\(added.text)")
            #expect(added.headers[.init("Deprecation")!] == "true")
            #expect(added.headers[.eTag] != etag)
            let project = try await client.send(.get, "/v1/projects/\(id)", as: .person).json()
            let declared = (project["skills"] as? [[String: Any]] ?? []).flatMap { ($0["skills"] as? [[String: Any]]) ?? [] }
            #expect(declared.contains { ($0["label"] as? String)?.contains("signes") == true }, "\(project["skills"] ?? "none")")
        }
    }
}
