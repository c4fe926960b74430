import Foundation
import Hummingbird
import HummingbirdTesting
import JalonServer
import Testing

/// Who may do what: every route × every role, and the 401/403/404 rules. A project a caller may not see
/// answers exactly like a project that does not exist.
@Suite("Server access")
struct AccessTests {
    /// One request per route, with a body good enough to pass validation for the allowed role.
    struct Call: Sendable, CustomTestStringConvertible {
        let method: HTTPRequest.Method
        let path: String
        let json: String?
        let operation: APIOperation
        var testDescription: String { "\(method) \(path)" }
    }

    static let calls: [Call] = [
        Call(method: .get, path: "/v1/projects/{id}", json: nil, operation: .readProject),
        Call(method: .post, path: "/v1/projects/{id}/links", json: #"{"counsellors": ["conseillere-1"]}"#, operation: .link),
        Call(method: .put, path: "/v1/projects/{id}/sections/synthese", json: #"{"paragraphes": ["Je vise l’aide-soignance."]}"#, operation: .updateSection),
        Call(method: .post, path: "/v1/projects/{id}/advance", json: nil, operation: .advance),
        Call(method: .get, path: "/v1/projects/{id}/status", json: nil, operation: .readStatus),
        Call(method: .get, path: "/v1/projects/{id}/export?format=xml", json: nil, operation: .export),
        Call(method: .get, path: "/v1/projects/{id}/history", json: nil, operation: .readHistory),
        Call(method: .get, path: "/v1/projects/{id}/diff?from=1&to=1", json: nil, operation: .readHistory),
        Call(method: .get, path: "/v1/projects/{id}/notes", json: nil, operation: .readNotes),
        Call(method: .post, path: "/v1/projects/{id}/notes", json: #"{"section": "profil", "status": "besoin", "text": "À préciser."}"#, operation: .addNote),
        Call(method: .get, path: "/v1/projects/{id}/suggestions?limit=3", json: nil, operation: .readSuggestions),
        Call(method: .post, path: "/v1/projects/{id}/suggestions?limit=3", json: nil, operation: .saveSuggestions),
        Call(method: .get, path: "/v1/projects/{id}/pistes/J1501", json: nil, operation: .explainMetier),
        Call(method: .get, path: "/v1/projects/{id}/passerelles?from=I1310", json: nil, operation: .readPasserelles),
        Call(method: .get, path: "/v1/projects/{id}/formations/J1501", json: nil, operation: .readTrainings)
    ]

    static let linked: [ServerHarness.Who] = [.person, .counsellor, .portal]
    static let strangers: [ServerHarness.Who] = [.otherPerson, .otherCounsellor, .otherPortal]

    @Test("a linked caller gets the route if its role may, else 403; never 404", arguments: calls, linked)
    func linkedCaller(call: Call, who: ServerHarness.Who) async throws {
        let server = try ServerHarness()
        try await server.withClient { client in
            let id = try await client.createProject()
            let response = try await client.send(
                call.method, call.path.replacingOccurrences(of: "{id}", with: id), as: who,
                json: call.json, headers: [.ifMatch: "\"r1\""])
            if call.operation.roles.contains(who.role) {
                // Allowed: anything but an access refusal (advance at an incomplete step is 422, by design).
                #expect(![401, 403, 404].contains(response.status.code), "\(who) \(call): \(response.text)")
            } else {
                #expect(response.status == .forbidden, "\(who) \(call): \(response.text)")
                #expect(try response.problem()["operation"] as? String == call.operation.rawValue)
            }
        }
    }

    @Test("a caller not linked to the project gets the same 404 as for an unknown project", arguments: calls, strangers)
    func stranger(call: Call, who: ServerHarness.Who) async throws {
        let server = try ServerHarness()
        try await server.withClient { client in
            let id = try await client.createProject()
            let unknown = UUID().uuidString.lowercased()
            let hidden = try await client.send(
                call.method, call.path.replacingOccurrences(of: "{id}", with: id), as: who,
                json: call.json, headers: [.ifMatch: "\"r1\""])
            let missing = try await client.send(
                call.method, call.path.replacingOccurrences(of: "{id}", with: unknown), as: who,
                json: call.json, headers: [.ifMatch: "\"r1\""])
            #expect(hidden.status == .notFound)
            #expect(missing.status == .notFound)
            // Word for word the same but for the id itself.
            #expect(
                hidden.text.replacingOccurrences(of: id, with: "ID").replacingOccurrences(of: #""instance":"[^"]*""#, with: "", options: .regularExpression)
                    == missing.text.replacingOccurrences(of: unknown, with: "ID").replacingOccurrences(
                        of: #""instance":"[^"]*""#, with: "", options: .regularExpression))
        }
    }

    @Test("without a token, or with a wrong one, every protected route is 401 with WWW-Authenticate", arguments: [nil, "jalon_faux", "Basic dXNlcjpwYXNz"])
    func unauthenticated(token: String?) async throws {
        let server = try ServerHarness()
        try await server.withClient { client in
            let id = try await client.createProject()
            for route in JalonRoutes.all where route.operation != nil {
                let path = route.path.replacingOccurrences(of: "{id}", with: id).replacingOccurrences(of: "{section}", with: "profil")
                    .replacingOccurrences(of: "{code}", with: "J1501")
                var headers: HTTPFields = [:]
                if let token { headers[.authorization] = token.hasPrefix("Basic") ? token : "Bearer \(token)" }
                let response = try await client.send(route.method, path, headers: headers)
                #expect(response.status == .unauthorized, "\(route.method) \(route.path)")
                #expect(response.headers[.wwwAuthenticate]?.hasPrefix("Bearer") == true)
                #expect(try response.problem()["type"] as? String == "urn:jalon:problem:unauthorized")
            }
        }
    }

    @Test("only the portal creates projects; only a counsellor lists dossiers; every role reads the catalogue")
    func collectionRoutes() async throws {
        let server = try ServerHarness()
        try await server.withClient { client in
            for who in ServerHarness.Who.allCases {
                let create = try await client.send(.post, "/v1/projects", as: who, json: #"{"displayName": "X"}"#)
                #expect(create.status == (who.role == .portal ? .created : .forbidden), "\(who)")
                let dossiers = try await client.send(.get, "/v1/dossiers", as: who)
                #expect(dossiers.status == (who.role == .counsellor ? .ok : .forbidden), "\(who)")
                #expect(try await client.send(.get, "/v1/catalogue/search?q=boulanger", as: who).status == .ok, "\(who)")
                #expect(try await client.send(.get, "/v1/catalogue/fiches/D1102", as: who).status == .ok, "\(who)")
            }
        }
    }
}
