import Foundation
import Hummingbird
import HummingbirdTesting
import JalonServer
import Testing

/// What a portal developer expects of any HTTP API: one tag per representation with `Vary`,
/// `If-None-Match` on every GET, paged lists with a `next` link, limits refused rather than clamped,
/// and CORS for the configured origins only.
@Suite("HTTP conventions: ETags, Vary, If-None-Match, pagination, CORS")
struct HTTPConventionsTests {
    @Test("JSON and XML of one revision carry different tags; Vary names what chose them; either tag is a base for If-Match")
    func representationTags() async throws {
        try await ServerHarness().withClient { client in
            let id = try await client.createProject()
            let json = try await client.send(.get, "/v1/projects/\(id)", as: .person)
            let xml = try await client.send(.get, "/v1/projects/\(id)", as: .person, headers: [.accept: "application/xml"])
            let jsonTag = try #require(json.headers[.eTag]), xmlTag = try #require(xml.headers[.eTag])
            #expect(jsonTag == "\"r1\"")
            #expect(xmlTag == "\"r1-xml\"")
            #expect(json.headers[.vary]?.contains("Accept") == true && xml.headers[.vary]?.contains("Accept") == true)

            // The XML's tag does not name the JSON representation; `*` and a weak form of its own tag do.
            let other = try await client.send(.get, "/v1/projects/\(id)", as: .person, headers: [.ifNoneMatch: xmlTag])
            #expect(other.status == .ok)
            for header in ["*", "W/" + jsonTag, "\"r9\", " + jsonTag] {
                let same = try await client.send(.get, "/v1/projects/\(id)", as: .person, headers: [.ifNoneMatch: header])
                #expect(same.status == .notModified, "If-None-Match: \(header)")
                #expect(same.headers[.eTag] == jsonTag)
            }

            let fr = try await client.send(.get, "/v1/projects/\(id)/status", as: .person, headers: [.acceptLanguage: "fr"])
            let en = try await client.send(.get, "/v1/projects/\(id)/status", as: .person, headers: [.acceptLanguage: "en"])
            #expect(fr.headers[.eTag] != en.headers[.eTag])
            #expect(en.headers[.vary]?.contains("Accept-Language") == true)

            let saved = try await client.send(
                .put, "/v1/projects/\(id)/sections/synthese", as: .person,
                json: #"{"paragraphes": ["Un projet."]}"#, headers: [.ifMatch: xmlTag])
            #expect(saved.status == .ok, "\(saved.text)")
            #expect(saved.headers[.eTag] == "\"r2\"")
        }
    }

    @Test("every GET that shows a state answers 304 to its own tag")
    func ifNoneMatchEverywhere() async throws {
        try await ServerHarness().withClient { client in
            let id = try await client.createProject()
            let rated = try await client.send(
                .post, "/v1/projects/\(id)/interets/centres", as: .person,
                json: #"{"centres": {"1": 4, "5": 3, "12": 4, "22": 2, "28": 4}}"#, headers: [.ifMatch: "*"])
            #expect(rated.status == .ok, "\(rated.text)")
            let reads: [(String, ServerHarness.Who)] = [
                ("/v1/projects/\(id)", .person), ("/v1/projects/\(id)/status", .portal), ("/v1/projects/\(id)/readiness", .person),
                ("/v1/questionnaire", .person), ("/v1/projects/\(id)/notes", .counsellor), ("/v1/projects/\(id)/history", .person),
                ("/v1/projects/\(id)/diff?from=1&to=2", .person), ("/v1/projects/\(id)/export?format=md", .person),
                ("/v1/projects/\(id)/suggestions?limit=5", .person), ("/v1/projects/\(id)/pistes/J1501", .person),
                ("/v1/catalogue/fiches/J1501", .person), ("/v1/catalogue/search?q=boulanger", .person),
                ("/v1/catalogue/experiences?q=aide%20soignante", .person), ("/v1/dossiers", .counsellor)
            ]
            for (uri, who) in reads {
                let first = try await client.send(.get, uri, as: who)
                #expect(first.status == .ok, "\(uri): \(first.status.code) \(first.text.prefix(200))")
                let tag = try #require(first.headers[.eTag], "\(uri) has no ETag")
                let again = try await client.send(.get, uri, as: who, headers: [.ifNoneMatch: tag])
                #expect(again.status == .notModified, "\(uri) with If-None-Match \(tag): \(again.status.code)")
                #expect(again.body.readableBytes == 0)
            }
            // A change makes the project's tags stale.
            let before = try await client.send(.get, "/v1/projects/\(id)/readiness", as: .person)
            _ = try await client.send(
                .put, "/v1/projects/\(id)/sections/synthese", as: .person, json: #"{"paragraphes": ["Suite."]}"#, headers: [.ifMatch: "*"])
            let after = try await client.send(.get, "/v1/projects/\(id)/readiness", as: .person, headers: [.ifNoneMatch: before.headers[.eTag]!])
            #expect(after.status == .ok)
        }
    }

    @Test("history pages follow their next link to the end, each revision once, in order")
    func historyPages() async throws {
        try await ServerHarness().withClient { client in
            let id = try await client.createProject()
            for centre in 1...6 {
                let saved = try await client.send(
                    .post, "/v1/projects/\(id)/interets/centres", as: .person,
                    json: #"{"centres": {"\#(centre)": 3}}"#, headers: [.ifMatch: "*"])
                #expect(saved.status == .ok)
            }
            var numbers: [Int] = [], next: String? = "/v1/projects/\(id)/history?limit=3", pages = 0
            while let uri = next {
                let page = try await client.send(.get, uri, as: .person)
                #expect(page.status == .ok, "\(uri): \(page.text)")
                let items = try page.jsonArray()
                #expect(items.count <= 3)
                numbers += items.compactMap { $0["number"] as? Int }
                next = page.headers[.init("Link")!].flatMap(Self.nextLink)
                pages += 1
            }
            #expect(numbers == Array(1...7))
            #expect(pages == 3)
        }
    }

    @Test("a counsellor's dossiers come in pages; notes too")
    func dossierPages() async throws {
        try await ServerHarness().withClient { client in
            var created: [String] = []
            for name in ["Ana", "Bruno", "Chloé"] { created.append(try await client.createProject(name: name)) }
            let first = try await client.send(.get, "/v1/dossiers?limit=2", as: .counsellor)
            let link = try #require(first.headers[.init("Link")!].flatMap(Self.nextLink))
            let second = try await client.send(.get, link, as: .counsellor)
            let ids = try (first.jsonArray() + second.jsonArray()).compactMap { $0["id"] as? String }
            #expect(ids == created.sorted())
            #expect(second.headers[.init("Link")!] == nil)

            let notes = try await client.send(.get, "/v1/projects/\(created[0])/notes?limit=1", as: .counsellor)
            #expect(notes.status == .ok)
            #expect(try notes.jsonArray().isEmpty)
        }
    }

    @Test(
        "limits and cursors out of range are refused, naming the parameter, never clamped",
        arguments: [
            "/v1/projects/ID/history?limit=0", "/v1/projects/ID/history?limit=501", "/v1/projects/ID/history?limit=dix",
            "/v1/projects/ID/history?cursor=%%%", "/v1/projects/ID/notes?cursor=CURSOR", "/v1/catalogue/search?q=boulanger&limit=1000",
            "/v1/projects/ID/suggestions?limit=0"
        ])
    func refusedLimits(uri: String) async throws {
        try await ServerHarness().withClient { client in
            let id = try await client.createProject()
            _ = try await client.send(.put, "/v1/projects/\(id)/sections/synthese", as: .person, json: #"{"paragraphes": ["a"]}"#, headers: [.ifMatch: "*"])
            _ = try await client.send(.put, "/v1/projects/\(id)/sections/synthese", as: .person, json: #"{"paragraphes": ["b"]}"#, headers: [.ifMatch: "*"])
            // A real history cursor, used on the notes: it names another list.
            let history = try await client.send(.get, "/v1/projects/\(id)/history?limit=1", as: .person)
            let cursor =
                history.headers[.init("Link")!].flatMap(Self.nextLink).flatMap { URLComponents(string: $0)?.queryItems?.first { $0.name == "cursor" }?.value }
                ?? ""
            let concrete = uri.replacingOccurrences(of: "ID", with: id).replacingOccurrences(of: "CURSOR", with: cursor)
            let who: ServerHarness.Who = concrete.contains("/notes") ? .counsellor : .person
            let response = try await client.send(.get, concrete, as: who)
            #expect(response.status == .badRequest, "\(concrete): \(response.status.code)")
            let detail = try response.problem()["detail"] as? String ?? ""
            #expect(detail.hasPrefix(concrete.contains("cursor") ? "cursor" : "limit"), "\(detail)")
        }
    }

    @Test("CORS: a listed origin gets a preflight naming the path's methods and readable answers; others get nothing")
    func cors() async throws {
        let portal = "https://portail.example.fr"
        try await ServerHarness(cors: CORSPolicy(origins: [portal], maxAgeSeconds: 300)).withClient { client in
            let id = try await client.createProject()
            let preflight = try await client.send(
                .options, "/v1/projects/\(id)/sections/profil",
                headers: [.origin: portal, .accessControlRequestMethod: "PUT"])
            #expect(preflight.status == .noContent)
            #expect(preflight.headers[.accessControlAllowOrigin] == portal)
            #expect(preflight.headers[.accessControlAllowMethods] == "PUT")
            #expect(preflight.headers[.accessControlAllowHeaders]?.contains("If-Match") == true)
            #expect(preflight.headers[.accessControlMaxAge] == "300")
            #expect(preflight.headers[.accessControlAllowCredentials] == nil)

            let stranger = try await client.send(
                .options, "/v1/projects/\(id)", headers: [.origin: "https://ailleurs.example", .accessControlRequestMethod: "GET"])
            #expect(stranger.status == .forbidden)
            #expect(stranger.headers[.accessControlAllowOrigin] == nil)
            #expect(try stranger.problem()["type"] as? String == "urn:jalon:problem:cors-origin")

            let read = try await client.send(.get, "/v1/projects/\(id)", as: .person, headers: [.origin: portal])
            #expect(read.headers[.accessControlAllowOrigin] == portal)
            #expect(read.headers[.accessControlExposeHeaders]?.contains("ETag") == true)
            #expect(read.headers[values: .vary].contains { $0.contains("Origin") })
            // Errors are readable by the portal too (problem details with CORS headers).
            let missing = try await client.send(.get, "/v1/projects/\(id)", headers: [.origin: portal])
            #expect(missing.status == .unauthorized)
            #expect(missing.headers[.accessControlAllowOrigin] == portal)

            let foreign = try await client.send(.get, "/v1/projects/\(id)", as: .person, headers: [.origin: "https://ailleurs.example"])
            #expect(foreign.status == .ok)
            #expect(foreign.headers[.accessControlAllowOrigin] == nil)
            let page = try await client.send(.get, "/", headers: [.origin: portal])
            #expect(page.headers[.accessControlAllowOrigin] == nil)
        }
        // Without a list, nothing is allowed: no CORS header at all.
        try await ServerHarness().withClient { client in
            let id = try await client.createProject()
            let preflight = try await client.send(.options, "/v1/projects/\(id)", headers: [.origin: portal, .accessControlRequestMethod: "GET"])
            #expect(preflight.headers[.accessControlAllowOrigin] == nil)
            #expect(preflight.status == .methodNotAllowed)
        }
    }

    /// The target of `Link: <…>; rel="next"`.
    static func nextLink(_ header: String) -> String? {
        guard header.contains("rel=\"next\""), let open = header.firstIndex(of: "<"), let close = header.firstIndex(of: ">") else { return nil }
        return String(header[header.index(after: open)..<close])
    }
}
