import Foundation
import Hummingbird
import HummingbirdTesting
import JalonServer
import Testing

/// Keeps `Resources/OpenAPI/jalon-1.yaml` true: the document the server serves at `/openapi.yaml` lists
/// exactly the routes of `JalonRoutes`, and real calls through the router (every route, successes and
/// errors) answer with a status, media type, headers and JSON fields that the document gives.
@Suite("OpenAPI document")
struct OpenAPIContractTests {
    /// The document's text as the server serves it (so the route and the bundled resource are checked too).
    private func servedDocument(_ client: ServerHarness.Client) async throws -> String {
        let response = try await client.send(.get, "/openapi.yaml")
        #expect(response.status == .ok)
        #expect(response.headers[.contentType]?.hasPrefix("application/yaml") == true)
        return response.text
    }

    @Test("every route of JalonRoutes is documented, with its path parameters and its access; every documented operation is a route")
    func routesBothWays() async throws {
        let server = try ServerHarness()
        let document = try OpenAPIDocument(yaml: try await server.withClient { try await servedDocument($0) })
        #expect(document.version.hasPrefix("3.1"))

        let routes = Set(JalonRoutes.all.map { OpenAPIDocument.Operation(method: $0.method.rawValue, path: $0.path) })
        #expect(routes.count == JalonRoutes.all.count, "a route is listed twice in JalonRoutes")
        let undocumented = routes.subtracting(document.operations).map(\.description).sorted()
        let phantom = document.operations.subtracting(routes).map(\.description).sorted()
        #expect(undocumented.isEmpty, "routes missing from the OpenAPI document: \(undocumented)")
        #expect(phantom.isEmpty, "documented operations the router does not have: \(phantom)")

        for route in JalonRoutes.all {
            let operation = OpenAPIDocument.Operation(method: route.method.rawValue, path: route.path)
            guard document.operations.contains(operation) else { continue }
            let inPath = Set(route.path.split(separator: "/").filter { $0.hasPrefix("{") }.map { String($0.dropFirst().dropLast()) })
            #expect(try document.pathParameters(of: operation) == inPath, "\(operation): path parameters")
            #expect(document.isPublic(operation) == (route.operation == nil), "\(operation): public in the document and in the router alike")
        }
    }

    @Test("calls on every route, as allowed and refused callers, answer as documented")
    func responsesAsDocumented() async throws {
        let server = try ServerHarness()
        let (text, exchanges) = try await server.withClient { client in
            (try await servedDocument(client), try await ContractScenario(client: client).run())
        }
        let document = try OpenAPIDocument(yaml: text)
        let limited = try ServerHarness(limits: .init(maxBodyBytes: 200, requestsPerMinute: 2))
        let limitExchanges = try await limited.withClient { try await ContractScenario(client: $0).runLimits() }

        let all = exchanges + limitExchanges
        let called = Set(all.map(\.operation))
        let uncovered = JalonRoutes.all.map { OpenAPIDocument.Operation(method: $0.method.rawValue, path: $0.path) }.filter { !called.contains($0) }
        #expect(uncovered.isEmpty, "routes the scenario never calls: \(uncovered)")
        // The scenario reaches the error statuses the document promises (not only successes).
        let statuses = Set(all.map(\.response.status.code))
        #expect(statuses.isSuperset(of: [200, 201, 204, 304, 400, 401, 403, 404, 406, 409, 412, 413, 415, 422, 428, 429]))

        for exchange in all {
            let documented: [String: OpenAPIDocument.DocumentedResponse]
            do { documented = try document.responses(of: exchange.operation) } catch {
                Issue.record("\(exchange): \(error)")
                continue
            }
            let code = String(exchange.response.status.code)
            guard let response = documented[code] else {
                Issue.record("\(exchange): status \(code) is not documented (documented: \(documented.keys.sorted()))")
                continue
            }
            check(exchange, against: response)
        }

        let refusedMethod = try await server.withClient { try await $0.send(.delete, "/v1/catalogue/search", as: .person) }
        #expect(refusedMethod.status == .methodNotAllowed)
        check(
            Exchange(operation: .init(method: "DELETE", path: "/v1/catalogue/search"), response: refusedMethod),
            against: try document.componentResponse("MethodNotAllowed"))
    }

    /// Media type, documented headers, and the required top-level fields of a JSON body.
    private func check(_ exchange: Exchange, against documented: OpenAPIDocument.DocumentedResponse) {
        let response = exchange.response
        for header in ["etag", "location", "retry-after", "www-authenticate", "allow"] where documented.headers.contains(header) {
            #expect(response.headers.contains { $0.name.canonicalName == header }, "\(exchange): documented header \(header) missing")
        }
        guard let contentType = response.headers[.contentType] else {
            #expect(documented.mediaTypes.isEmpty, "\(exchange): no Content-Type, but the document gives \(documented.mediaTypes)")
            return
        }
        let media = String(contentType.split(separator: ";")[0]).trimmingCharacters(in: .whitespaces)
        #expect(documented.mediaTypes.contains(media), "\(exchange): \(media) is not documented (\(documented.mediaTypes))")
        guard let required = documented.required[media] else { return }
        let body: Any
        do { body = try JSONSerialization.jsonObject(with: Data(exchange.response.text.utf8)) } catch {
            Issue.record("\(exchange): body is not JSON: \(exchange.response.text.prefix(200))")
            return
        }
        switch required {
        case .object(let fields):
            guard let object = body as? [String: Any] else { Issue.record("\(exchange): an object was documented"); return }
            let missing = fields.filter { object[$0] == nil }
            #expect(missing.isEmpty, "\(exchange): required fields missing: \(missing)")
        case .arrayOf(let fields):
            guard let array = body as? [[String: Any]] else { Issue.record("\(exchange): an array of objects was documented"); return }
            for (index, item) in array.enumerated() {
                let missing = fields.filter { item[$0] == nil }
                #expect(missing.isEmpty, "\(exchange): item \(index) lacks required fields \(missing)")
            }
        }
    }
}

/// One call of the scenario: the route pattern it targets and what came back.
struct Exchange: Sendable, CustomStringConvertible {
    let operation: OpenAPIDocument.Operation
    let response: TestResponse
    var description: String { "\(operation) → \(response.status.code)" }
}

/// Calls every route the way the portal, a person and a counsellor use them, on Karim (a sample with
/// interests, skills and pistes), including the refusals each route documents.
struct ContractScenario {
    let client: ServerHarness.Client
    private let exchanges = ExchangeLog()

    /// `pattern` with its `{…}` parameters filled from `values`.
    @discardableResult
    private func call(
        _ method: HTTPRequest.Method, _ pattern: String, _ values: [String: String] = [:], query: String = "",
        as who: ServerHarness.Who? = nil, json: String? = nil, xml: String? = nil,
        headers: HTTPFields = [:]
    ) async throws -> TestResponse {
        let path = values.reduce(pattern) { $0.replacingOccurrences(of: "{\($1.key)}", with: $1.value) }
        let response = try await client.send(method, path + query, as: who, json: json, xml: xml, headers: headers)
        exchanges.append(Exchange(operation: .init(method: method.rawValue, path: pattern), response: response))
        return response
    }

    func run() async throws -> [Exchange] {
        try await call(.get, "/health")
        try await call(.get, "/ready")
        try await call(.get, "/metrics")
        try await call(.get, "/openapi.yaml")

        // Creation and links (portal).
        let sample = try String(contentsOfFile: ServerHarness.sample("karim-montbeliard-reconversion.xml"), encoding: .utf8)
        let created = try await call(.post, "/v1/projects", query: "?person=personne-1&counsellor=conseillere-1", as: .portal, xml: sample)
        let id = try #require(try created.json()["id"] as? String)
        let p = ["id": id]
        try await call(.post, "/v1/projects", as: .portal, json: #"{"displayName": "Sophie", "person": "personne-2"}"#)
        // The web workbook's sign-in links (portal): a person's for this project, a counsellor's, a bad role.
        try await call(.post, "/v1/sign-in-links", as: .portal, json: #"{"role": "person", "subject": "personne-1", "project": "\#(id)"}"#)
        try await call(.post, "/v1/sign-in-links", as: .portal, json: #"{"role": "counsellor", "subject": "conseillere-1"}"#)
        try await call(.post, "/v1/sign-in-links", as: .portal, json: #"{"role": "admin", "subject": "x"}"#)
        try await call(.post, "/v1/projects", as: .portal, json: #"{"displayName": 3}"#)
        try await call(.post, "/v1/projects", as: .portal, json: #"{"displayName": "  "}"#)
        try await call(.post, "/v1/projects", as: .person, json: #"{"displayName": "Moi"}"#)
        try await call(.post, "/v1/projects", json: #"{"displayName": "Personne"}"#)
        try await call(.post, "/v1/projects", as: .portal, headers: [.contentType: "text/plain"])
        try await call(.post, "/v1/projects/{id}/links", p, as: .portal, json: #"{"counsellors": ["conseillere-1", "conseiller-2"]}"#)
        try await call(.post, "/v1/projects/{id}/links", p, as: .portal, json: "{}")
        try await call(.post, "/v1/projects/{id}/links", p, as: .person, json: #"{"person": "personne-2"}"#)
        try await call(.post, "/v1/projects/{id}/links", ["id": UUID().uuidString.lowercased()], as: .portal, json: #"{"person": "x"}"#)

        // Reading.
        let read = try await call(.get, "/v1/projects/{id}", p, as: .person)
        let etag = try #require(read.headers[.eTag])
        try await call(.get, "/v1/projects/{id}", p, as: .counsellor, headers: [.accept: "application/xml"])
        try await call(.get, "/v1/projects/{id}", p, as: .person, headers: [.ifNoneMatch: etag])
        try await call(.get, "/v1/projects/{id}", p, as: .person, headers: [.accept: "text/csv"])
        try await call(.get, "/v1/projects/{id}", p, as: .otherPerson)
        try await call(.get, "/v1/projects/{id}", p, as: .portal)
        try await call(.get, "/v1/projects/{id}", ["id": "pas-un-uuid"], as: .person)
        try await call(.get, "/v1/projects/{id}/status", p, as: .portal)

        // Changes, with their preconditions.
        let revision = try #require(Int(etag.dropFirst(2).dropLast()))
        func ifMatch(_ number: Int) -> HTTPFields { [.ifMatch: "\"r\(number)\""] }
        let profil = #"{"situation": "reconversion", "diplome": "4", "communeInsee": "25388", "communeNom": "Montbéliard", "mobiliteKm": 30}"#
        try await call(.put, "/v1/projects/{id}/sections/{section}", p.merging(["section": "profil"]) { $1 }, as: .person, json: profil)
        try await call(
            .put, "/v1/projects/{id}/sections/{section}", p.merging(["section": "profil"]) { $1 }, as: .person, json: profil,
            headers: ifMatch(revision))
        try await call(
            .put, "/v1/projects/{id}/sections/{section}", p.merging(["section": "profil"]) { $1 }, as: .person, json: profil,
            headers: ifMatch(revision))
        try await call(
            .put, "/v1/projects/{id}/sections/{section}", p.merging(["section": "profil"]) { $1 }, as: .person,
            json: #"{"situation": "astronaute"}"#, headers: ifMatch(revision + 1))
        try await call(
            .put, "/v1/projects/{id}/sections/{section}", p.merging(["section": "profil"]) { $1 }, as: .person,
            json: #"{"mobiliteKm": "loin"}"#, headers: ifMatch(revision + 1))
        try await call(
            .put, "/v1/projects/{id}/sections/{section}", p.merging(["section": "astres"]) { $1 }, as: .person,
            json: "{}", headers: ifMatch(revision + 1))
        try await call(
            .put, "/v1/projects/{id}/sections/{section}", p.merging(["section": "synthese"]) { $1 }, as: .person,
            json: #"{"paragraphes": ["Aller vers la maintenance industrielle."]}"#, headers: ifMatch(revision + 1))
        try await call(
            .put, "/v1/projects/{id}/sections/{section}", p.merging(["section": "synthese"]) { $1 }, as: .counsellor,
            json: #"{"paragraphes": ["Non."]}"#, headers: ifMatch(revision + 2))
        try await call(.post, "/v1/projects/{id}/advance", p, as: .person, headers: [.ifMatch: "W/\"r1\""])
        try await call(
            .put, "/v1/projects/{id}/sections/{section}", p.merging(["section": "interets"]) { $1 }, as: .person,
            json: #"{"centres": {"7": 0, "22": 4}}"#, headers: ifMatch(revision + 2))
        try await call(
            .put, "/v1/projects/{id}/sections/{section}", p.merging(["section": "interets"]) { $1 }, as: .person,
            json: #"{"centres": {"31": 4}}"#, headers: ifMatch(revision + 3))
        try await call(.post, "/v1/projects/{id}/advance", p, as: .person, headers: ifMatch(revision + 3))

        // Computed results.
        let current = try #require(try await client.send(.get, "/v1/projects/\(id)", as: .person).headers[.eTag])
        let latest = try #require(Int(current.dropFirst(2).dropLast()))
        let suggestions = try await call(.get, "/v1/projects/{id}/suggestions", p, query: "?limit=5", as: .counsellor)
        try await call(.get, "/v1/projects/{id}/suggestions", p, query: "?limit=0", as: .person)
        let best = try #require((try suggestions.json()["suggestions"] as? [[String: Any]])?.first?["fiche"] as? String)
        let fiche = p.merging(["code": best]) { $1 }
        try await call(.post, "/v1/projects/{id}/suggestions", p, query: "?limit=3", as: .counsellor, headers: ifMatch(latest))
        try await call(.post, "/v1/projects/{id}/suggestions", p, query: "?limit=3", as: .person)
        try await call(.post, "/v1/projects/{id}/suggestions", p, query: "?limit=3", as: .person, headers: ifMatch(latest))
        try await call(.get, "/v1/projects/{id}/pistes/{code}", fiche, as: .person)
        try await call(.get, "/v1/projects/{id}/pistes/{code}", p.merging(["code": "Z9999"]) { $1 }, as: .person)
        try await call(.get, "/v1/projects/{id}/passerelles", p, query: "?from=I1310&limit=3", as: .counsellor)
        try await call(.get, "/v1/projects/{id}/passerelles", p, query: "?from=Z9999", as: .person)
        try await call(.get, "/v1/projects/{id}/passerelles", p, as: .person)
        try await call(.get, "/v1/projects/{id}/formations/{code}", fiche, query: "?limit=3", as: .counsellor)
        try await call(.get, "/v1/projects/{id}/formations/{code}", fiche, query: "?limit=9999", as: .counsellor)

        // History, export, notes.
        try await call(.get, "/v1/projects/{id}/history", p, as: .counsellor)
        try await call(.get, "/v1/projects/{id}/diff", p, query: "?from=1&to=2", as: .person)
        try await call(.get, "/v1/projects/{id}/diff", p, query: "?from=1", as: .person)
        try await call(.get, "/v1/projects/{id}/diff", p, query: "?from=1&to=99", as: .person)
        try await call(.get, "/v1/projects/{id}/export", p, query: "?format=xml&share=place", as: .person)
        for format in ["html", "md", "json", "pdf"] {
            try await call(.get, "/v1/projects/{id}/export", p, query: "?format=\(format)", as: .person)
        }
        try await call(.get, "/v1/projects/{id}/export", p, query: "?share=secrets", as: .person)
        try await call(.get, "/v1/projects/{id}/export", p, as: .portal)
        let note = #"{"section": "profil", "status": "besoin", "text": "Préciser la mobilité.", "structure": "Cléor"}"#
        try await call(.post, "/v1/projects/{id}/notes", p, as: .counsellor, json: note, headers: ifMatch(latest + 1))
        try await call(.post, "/v1/projects/{id}/notes", p, as: .counsellor, json: note)
        try await call(
            .post, "/v1/projects/{id}/notes", p, as: .counsellor, json: #"{"section": "lune", "status": "besoin", "text": "x"}"#,
            headers: ifMatch(latest + 2))
        try await call(.post, "/v1/projects/{id}/notes", p, as: .person, json: note, headers: ifMatch(latest + 2))
        try await call(.get, "/v1/projects/{id}/notes", p, as: .person)

        // The journey's edits, each with a refusal naming the field (Karim has interests, skills and pistes).
        func base() async throws -> HTTPFields {
            [.ifMatch: try #require(try await client.send(.get, "/v1/projects/\(id)", as: .person).headers[.eTag])]
        }
        try await call(.get, "/v1/questionnaire", as: .portal)
        try await call(.get, "/v1/projects/{id}/readiness", p, as: .counsellor)
        try await call(.post, "/v1/projects/{id}/interets/centres", p, as: .person, json: #"{"centres": {"3": 2}}"#, headers: try await base())
        try await call(.post, "/v1/projects/{id}/interets/centres", p, as: .person, json: #"{"centres": {"3": 9}}"#, headers: try await base())
        try await call(.put, "/v1/projects/{id}/questionnaire/answers", p, as: .person, json: #"{"answers": {"r1": 3}}"#, headers: try await base())
        try await call(.put, "/v1/projects/{id}/questionnaire/answers", p, as: .person, json: #"{"answers": {"z9": 3}}"#, headers: try await base())
        try await call(.post, "/v1/projects/{id}/experiences", p, as: .person, json: #"{"appellation": "20560", "years": 2}"#, headers: try await base())
        try await call(.post, "/v1/projects/{id}/experiences", p, as: .person, json: #"{"appellation": "999999"}"#, headers: try await base())
        try await call(.delete, "/v1/projects/{id}/experiences/{experience}", p.merging(["experience": "x99"]) { $1 }, as: .person, headers: try await base())
        try await call(.post, "/v1/projects/{id}/competences", p, as: .person, json: #"{"skill": "Langue des signes", "level": 2}"#, headers: try await base())
        try await call(
            .put, "/v1/projects/{id}/competences/{ogr}", p.merging(["ogr": "1"]) { $1 }, as: .person, json: #"{"level": 5}"#, headers: try await base())
        try await call(.delete, "/v1/projects/{id}/competences/{ogr}", p.merging(["ogr": "1"]) { $1 }, as: .person, headers: try await base())
        try await call(.post, "/v1/projects/{id}/pistes/{code}/keep", fiche, as: .person, json: #"{"note": "À creuser"}"#, headers: try await base())
        try await call(.post, "/v1/projects/{id}/pistes/{code}/drop", p.merging(["code": "Z9999"]) { $1 }, as: .person, headers: try await base())
        try await call(.post, "/v1/projects/{id}/formations/{code}", fiche, query: "?limit=3", as: .person, headers: try await base())
        try await call(
            .post, "/v1/projects/{id}/formations", p, as: .person, json: #"{"fiche": "\#(best)", "certification": "RNCP1"}"#,
            headers: try await base())
        try await call(.post, "/v1/projects/{id}/plan", p, as: .person, json: #"{"text": "Forum", "date": "2020-01-01"}"#, headers: try await base())
        try await call(
            .post, "/v1/projects/{id}/plan", p, as: .person, json: #"{"text": "Forum des métiers", "date": "2099-01-15", "kind": "forum"}"#,
            headers: try await base())
        try await call(.post, "/v1/projects/{id}/plan/{action}/done", p.merging(["action": "a99"]) { $1 }, as: .person, headers: try await base())
        try await call(.delete, "/v1/projects/{id}/plan/{action}", p.merging(["action": "a99"]) { $1 }, as: .person, headers: try await base())
        try await call(
            .patch, "/v1/projects/{id}/notes/{note}", p.merging(["note": "n9"]) { $1 }, as: .counsellor, json: #"{"text": "x"}"#,
            headers: try await base())
        try await call(.post, "/v1/projects/{id}/restore", p, as: .person, json: #"{"revision": 1}"#, headers: try await base())
        try await call(.post, "/v1/projects/{id}/restore", p, as: .person, json: #"{"revision": 999}"#, headers: try await base())

        // Catalogue and the counsellor's dossiers.
        try await call(.get, "/v1/catalogue/search", query: "?q=soudeur&limit=5", as: .portal)
        try await call(.get, "/v1/catalogue/search", query: "?q=soudeur&kind=planete", as: .person)
        try await call(.get, "/v1/catalogue/search", as: .person)
        try await call(.get, "/v1/catalogue/fiches/{code}", ["code": best], as: .person)
        try await call(.get, "/v1/catalogue/fiches/{code}", ["code": best], query: "?departement=25", as: .counsellor)
        try await call(.get, "/v1/catalogue/fiches/{code}", ["code": best], query: "?departement=ZZ", as: .person)
        try await call(.get, "/v1/catalogue/experiences", query: "?q=b%C3%A9n%C3%A9vole%20en%20EHPAD", as: .person)
        try await call(.get, "/v1/catalogue/experiences", query: "?q=a", as: .portal)
        try await call(.get, "/v1/catalogue/fiches/{code}", ["code": "X0000"], as: .person)
        try await call(.get, "/v1/catalogue/fiches/{code}", ["code": best], headers: [.authorization: "Bearer jalon_inconnu"])
        try await call(.get, "/v1/dossiers", as: .counsellor)
        try await call(.get, "/v1/dossiers", as: .person)

        // Signing keys, consent, the person set once, erasure.
        try await call(.get, "/.well-known/jalon-keys.pem")
        let consent = try await call(.get, "/v1/projects/{id}/partage", p, as: .person)
        let consentTag = try #require(consent.headers[.eTag])
        let consentRevision = try #require(Int(consentTag.dropFirst(2).dropLast()))
        try await call(
            .put, "/v1/projects/{id}/partage", p, as: .person, json: #"{"counsellor": "conseillere-1", "personal": ["name"]}"#,
            headers: ifMatch(consentRevision))
        try await call(
            .put, "/v1/projects/{id}/partage", p, as: .person, json: #"{"counsellor": "conseillere-1", "personal": ["adresse"]}"#,
            headers: ifMatch(consentRevision + 1))
        try await call(.get, "/v1/projects/{id}/partage", p, as: .counsellor)
        try await call(.post, "/v1/projects/{id}/links", p, as: .portal, json: #"{"person": "personne-2"}"#)
        let doomed = try #require(
            try await client.send(
                .post, "/v1/projects", as: .portal,
                json: #"{"displayName": "Éphémère", "person": "personne-2", "counsellors": ["conseillere-1"]}"#
            )
            .json()["id"] as? String)
        try await call(.delete, "/v1/projects/{id}", ["id": doomed], as: .counsellor)
        try await call(.delete, "/v1/projects/{id}", ["id": doomed], as: .otherPerson)
        try await call(.delete, "/v1/projects/{id}", ["id": doomed], as: .otherPerson)
        return exchanges.all
    }

    /// On a server with a 200-byte body limit and 2 requests a minute: 413, then 429.
    func runLimits() async throws -> [Exchange] {
        let long = String(repeating: "a", count: 400)
        try await call(.post, "/v1/projects", as: .portal, json: #"{"displayName": "\#(long)"}"#)
        try await call(.get, "/v1/catalogue/search", query: "?q=soudeur", as: .portal)
        try await call(.get, "/v1/catalogue/search", query: "?q=soudeur", as: .portal)
        return exchanges.all
    }
}

/// The scenario's calls, in order (a class so the scenario's helpers stay non-mutating).
private final class ExchangeLog {
    private(set) var all: [Exchange] = []
    func append(_ exchange: Exchange) { all.append(exchange) }
}
