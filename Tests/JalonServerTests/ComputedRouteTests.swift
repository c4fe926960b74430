import Foundation
import Hummingbird
import HummingbirdTesting
import JalonServer
import JalonTestSupport
import Testing

/// The routes computed from the bundled catalogue, on Karim (a sample with interests, skills and pistes).
@Suite("Server computed routes")
struct ComputedRouteTests {
    /// Karim imported by the portal, linked to the person and the counsellor; returns its id.
    func karim(_ client: ServerHarness.Client) async throws -> String {
        let sample = try String(contentsOfFile: ServerHarness.sample("karim-montbeliard-reconversion.xml"), encoding: .utf8)
        let created = try await client.send(.post, "/v1/projects?person=personne-1&counsellor=conseillere-1", as: .portal, xml: sample)
        return try #require(try created.json()["id"] as? String)
    }

    @Test("suggestions of a project that says nothing of interests or skills: 422, nothing saved")
    func suggestionsNeedSomethingToRankOn() async throws {
        let server = try ServerHarness()
        try await server.withClient { client in
            let created = try await client.send(
                .post, "/v1/projects?counsellor=conseillere-1", as: .portal,
                json: #"{"displayName": "Vide", "person": "personne-1"}"#)
            let id = try #require(try created.json()["id"] as? String)
            let shown = try await client.send(.get, "/v1/projects/\(id)/suggestions?limit=5", as: .person)
            #expect(shown.status == .unprocessableContent)
            #expect(try shown.json()["type"] as? String == "urn:jalon:problem:not-ready")
            #expect((try shown.json()["detail"] as? String)?.contains("au moins 5 centres") == true)
            let saved = try await client.send(.post, "/v1/projects/\(id)/suggestions?limit=3", as: .person, headers: [.ifMatch: "\"r1\""])
            #expect(saved.status == .unprocessableContent)
            #expect(try await client.send(.get, "/v1/projects/\(id)", as: .person).headers[.eTag] == "\"r1\"")
        }
    }

    @Test("suggestions: GET computes without saving; POST (If-Match) saves them as a revision")
    func suggestions() async throws {
        let server = try ServerHarness()
        try await server.withClient { client in
            let id = try await karim(client)
            let shown = try await client.send(.get, "/v1/projects/\(id)/suggestions?limit=5", as: .counsellor)
            #expect(shown.status == .ok)
            let list = try #require(try shown.json()["suggestions"] as? [[String: Any]])
            #expect(list.count == 5)
            #expect(list.map { $0["rank"] as? Int } == [1, 2, 3, 4, 5])
            #expect(list.allSatisfy { !(($0["reasons"] as? [String]) ?? []).isEmpty })
            // The one suggestion shape, the CLI's too (MetiersCommandsTests checks its output against the same schema).
            #expect(try JSONSchemaSubset.project("suggestions-1.0.schema.json").violations(of: JSONValue.parse(Array(shown.text.utf8))) == [])
            // Revision 1, computed from this catalogue, in French: each a part of the tag.
            #expect(shown.headers[.eTag]?.hasPrefix("\"r1-c") == true && shown.headers[.eTag]?.hasSuffix("-fr\"") == true)
            #expect(try await client.send(.get, "/v1/projects/\(id)/suggestions?limit=0", as: .person).status == .badRequest)

            let saved = try await client.send(.post, "/v1/projects/\(id)/suggestions?limit=3", as: .person, headers: [.ifMatch: "\"r1\""])
            #expect(saved.status == .ok)
            #expect(saved.headers[.eTag] == "\"r2\"")
            let xml = try await client.send(.get, "/v1/projects/\(id)", as: .person, headers: [.accept: "application/xml"])
            let first = try #require(list.first?["fiche"] as? String)
            #expect(xml.text.contains(#"<suggestion fiche="\#(first)" rang="1""#))
            #expect(xml.text.components(separatedBy: "<suggestion ").count - 1 == 3)
        }
    }

    @Test("the project's JSON carries every section, the content ones in the JSON dossier's shape")
    func projectJSONHasEverySection() async throws {
        try await ServerHarness().withClient { client in
            let id = try await karim(client)
            let body = try await client.send(.get, "/v1/projects/\(id)", as: .person).json()
            for key in ["profil", "interets", "plan", "notes", "questionnaire", "interests", "skills", "skillDomains", "metiers", "trainings"] {
                #expect(body[key] != nil, "\(key) missing")
            }
            let skills = try #require(body["skills"] as? [[String: Any]])
            #expect(skills.contains { $0["origin"] as? String == "experience" && !(($0["skills"] as? [Any]) ?? []).isEmpty })
            let kept = try #require((body["metiers"] as? [String: Any])?["kept"] as? [[String: Any]])
            #expect(kept.contains { $0["fiche"] as? String == "I1310" })
            let domains = try #require(body["skillDomains"] as? [[String: Any]])
            #expect(domains.contains { $0["category"] != nil }, "categories come from the catalogue, as in the dossier")
        }
    }

    @Test("passerelles: from the experiences' appellations, or from a code; the CLI's shape; unknown and missing starts refused")
    func passerelles() async throws {
        try await ServerHarness().withClient { client in
            let id = try await karim(client)
            let fromCode = try await client.send(.get, "/v1/projects/\(id)/passerelles?from=i1310&limit=3", as: .counsellor)
            #expect(fromCode.status == .ok, "\(fromCode.text)")
            let source = try #require((try fromCode.json()["sources"] as? [[String: Any]])?.first)
            #expect(source["fiche"] as? String == "I1310")
            let first = try #require((source["passerelles"] as? [[String: Any]])?.first)
            #expect(first["code"] as? String == "I1304")
            #expect((first["reasons"] as? [String])?.first?.contains("mobilité ROME n° 1") == true)
            let unknown = try await client.send(.get, "/v1/projects/\(id)/passerelles?from=Z9999", as: .person)
            #expect(unknown.status == .notFound)
            #expect((try unknown.problem()["detail"] as? String)?.hasPrefix("from") == true)
            let empty = try await client.createProject(name: "Sans expérience")
            let none = try await client.send(.get, "/v1/projects/\(empty)/passerelles", as: .person)
            #expect(none.status == .unprocessableContent)
            #expect(try none.problem()["type"] as? String == "urn:jalon:problem:no-experience")
        }
    }

    @Test("a métier's explanation details its components and levers; an unknown code is a 404 problem")
    func explain() async throws {
        let server = try ServerHarness()
        try await server.withClient { client in
            let id = try await karim(client)
            let explained = try await client.send(.get, "/v1/projects/\(id)/pistes/I1310", as: .person)
            #expect(explained.status == .ok)
            // The CLI's shape (`jalon pistes explain --json`): the same fields, the same figures.
            let body = try explained.json()
            #expect(body["code"] as? String == "I1310")
            #expect(!((body["matchedItems"] as? [Any]) ?? []).isEmpty)
            let parts = try #require((body["components"] as? [String: Any])?["parts"] as? [[String: Any]])
            let points = parts.compactMap { $0["points"] as? Double }.reduce(0, +)
            #expect(abs(points - (body["total"] as? Double ?? -1)) < 0.05)
            #expect(!((body["levers"] as? [Any]) ?? []).isEmpty)
            let unknown = try await client.send(.get, "/v1/projects/\(id)/pistes/Z9999", as: .person)
            #expect(unknown.status == .notFound)
            // Karim set H2913 aside: 404, as the document says, naming it.
            let setAside = try await client.send(.get, "/v1/projects/\(id)/pistes/H2913", as: .person)
            #expect(setAside.status == .notFound)
            #expect((try setAside.problem()["detail"] as? String)?.contains("écartée") == true)
            #expect((try unknown.problem()["detail"] as? String)?.contains("Z9999") == true)
        }
    }

    @Test("training paths to a métier, ranked with reasons")
    func trainings() async throws {
        let server = try ServerHarness()
        try await server.withClient { client in
            let id = try await karim(client)
            let response = try await client.send(.get, "/v1/projects/\(id)/formations/I1310?limit=3", as: .counsellor)
            #expect(response.status == .ok)
            let body = try response.json()
            #expect(body["fiche"] as? String == "I1310")
            // The CLI's shape (`jalon formations --json`): paths with their steps and the points their score adds up from.
            let paths = try #require(body["paths"] as? [[String: Any]])
            #expect((1...3).contains(paths.count))
            #expect(paths.allSatisfy { !(($0["steps"] as? [Any]) ?? []).isEmpty })
            for path in paths {
                let points = ((path["components"] as? [[String: Any]]) ?? []).compactMap { $0["points"] as? Double }.reduce(0, +)
                #expect(abs(points - (path["score"] as? Double ?? -1)) < 0.05)
            }
        }
    }

    @Test("catalogue search and fiche, for every role; a missing query or unknown fiche is named")
    func catalogue() async throws {
        let server = try ServerHarness()
        try await server.withClient { client in
            let search = try await client.send(.get, "/v1/catalogue/search?q=aide%20soignante&kind=metier", as: .portal)
            #expect(search.status == .ok)
            #expect(try search.jsonArray().first?["fiche"] as? String == "J1501")
            #expect(try await client.send(.get, "/v1/catalogue/search", as: .portal).status == .badRequest)
            #expect(try await client.send(.get, "/v1/catalogue/search?q=x&kind=planete", as: .portal).status == .badRequest)

            let fiche = try await client.send(.get, "/v1/catalogue/fiches/j1501", as: .person)
            #expect(fiche.status == .ok)
            let body = try fiche.json()
            #expect(body["code"] as? String == "J1501")
            #expect(!((body["appellations"] as? [String]) ?? []).isEmpty)
            #expect(try await client.send(.get, "/v1/catalogue/fiches/Q0000", as: .person).status == .notFound)

            // Débouchés: the département's figure when published, else the region's, saying so.
            let doubs = try await client.send(.get, "/v1/catalogue/fiches/J1501?departement=25", as: .person).json()
            let debouches = try #require(doubs["debouches"] as? [String: Any])
            #expect(["forte", "moyenne", "faible"].contains(debouches["level"] as? String ?? ""))
            #expect(debouches["year"] as? Int == 2019)
            #expect(((debouches["caveats"] as? [String]) ?? []).contains { $0.contains("famille de métiers") })
            #expect(try await client.send(.get, "/v1/catalogue/fiches/J1501?departement=ZZ", as: .person).status == .badRequest)

            let experiences = try await client.send(.get, "/v1/catalogue/experiences?q=b%C3%A9n%C3%A9vole%20en%20EHPAD", as: .person)
            #expect(experiences.status == .ok)
            let candidates = try #require(try experiences.json()["candidates"] as? [[String: Any]])
            #expect(candidates.contains { $0["fiche"] as? String == "J1501" })
            #expect(try await client.send(.get, "/v1/catalogue/experiences?q=%F0%9F%99%82", as: .person).status == .badRequest)
            #expect(try await client.send(.get, "/v1/catalogue/experiences", as: .person).status == .badRequest)
        }
    }
}
