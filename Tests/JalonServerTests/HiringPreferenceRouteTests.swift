import Foundation
import HummingbirdTesting
import JalonTestSupport
import Testing

/// The preference « métiers qui recrutent dans ma région » over a real HTTP socket: set by
/// `PUT …/sections/profil`, refused with the field named when it is not a boolean, read back in the
/// project, a `debouches` component in the suggestions and the explanation when on, and the very
/// suggestions of before when off again.
@Suite("Server: the preference « métiers qui recrutent »")
struct HiringPreferenceRouteTests {
    private func suggestions(_ client: ServerHarness.Client, _ id: String) async throws -> [[String: Any]] {
        let shown = try await client.send(.get, "/v1/projects/\(id)/suggestions?limit=10", as: .person)
        #expect(shown.status == .ok)
        #expect(try JSONSchemaSubset.project("suggestions-1.0.schema.json").violations(of: JSONValue.parse(Array(shown.text.utf8))) == [])
        return try #require(try shown.json()["suggestions"] as? [[String: Any]])
    }

    private func names(_ suggestion: [String: Any]) -> [String] {
        ((suggestion["components"] as? [[String: Any]]) ?? []).compactMap { $0["name"] as? String }
    }

    @Test("set over HTTP, the suggestions and the explanation gain a debouches part; off, they are as before")
    func preferenceOverHTTP() async throws {
        let server = try ServerHarness()
        try await server.withClient(.live) { client in
            let id = try await ComputedRouteTests().karim(client)
            let before = try await suggestions(client, id)
            #expect(before.allSatisfy { names($0) == ["interets", "competences", "acces", "mobilite", "preferences"] })

            // Not a boolean: 400, the field named, nothing saved.
            let wrong = try await client.send(
                .put, "/v1/projects/\(id)/sections/profil", as: .person,
                json: #"{"metiersQuiRecrutent": "oui"}"#, headers: [.ifMatch: "\"r1\""])
            #expect(wrong.status == .badRequest)
            #expect((try wrong.problem()["detail"] as? String)?.hasPrefix("metiersQuiRecrutent") == true)
            #expect(try await client.send(.get, "/v1/projects/\(id)", as: .person).headers[.eTag] == "\"r1\"")

            let on = try await client.send(
                .put, "/v1/projects/\(id)/sections/profil", as: .person,
                json: #"{"metiersQuiRecrutent": true}"#, headers: [.ifMatch: "\"r1\""])
            #expect(on.status == .ok && on.headers[.eTag] == "\"r2\"")
            let profil = try #require(try await client.send(.get, "/v1/projects/\(id)", as: .person).json()["profil"] as? [String: Any])
            #expect(profil["metiersQuiRecrutent"] as? Bool == true)
            let xml = try await client.send(.get, "/v1/projects/\(id)", as: .person, headers: [.accept: "application/xml"])
            #expect(xml.text.contains("<metiersQuiRecrutent>true</metiersQuiRecrutent>"))

            let ranked = try await suggestions(client, id)
            #expect(ranked.allSatisfy { names($0) == ["interets", "competences", "acces", "mobilite", "preferences", "debouches"] })
            for suggestion in ranked {
                let components = (suggestion["components"] as? [[String: Any]]) ?? []
                let points = components.compactMap { $0["points"] as? Double }.reduce(0, +)
                #expect(abs(points - (suggestion["total"] as? Double ?? -1)) < 0.05)
                #expect(components.last?["weight"] as? Double == 0.1)
                // A fiche suggested before keeps every other part's value.
                guard let old = before.first(where: { $0["fiche"] as? String == suggestion["fiche"] as? String }) else { continue }
                for (new, previous) in zip(components, (old["components"] as? [[String: Any]]) ?? []) {
                    #expect(new["value"] as? Double == previous["value"] as? Double)
                }
            }
            let explained = try await client.send(.get, "/v1/projects/\(id)/pistes/I1310", as: .person)
            let parts = try #require((try explained.json()["components"] as? [String: Any])?["parts"] as? [[String: Any]])
            #expect(parts.last?["name"] as? String == "debouches")

            let off = try await client.send(
                .put, "/v1/projects/\(id)/sections/profil", as: .person,
                json: #"{"metiersQuiRecrutent": false}"#, headers: [.ifMatch: "\"r2\""])
            #expect(off.status == .ok)
            let again = try await suggestions(client, id)
            #expect(
                try JSONSerialization.data(withJSONObject: again, options: .sortedKeys) == JSONSerialization.data(withJSONObject: before, options: .sortedKeys))
        }
    }
}
