import Foundation
import Hummingbird
import HummingbirdTesting
import JalonServer
import Testing

/// Every write route of the journey refuses bad input with a problem naming the field, and saves
/// nothing: the project's history is the same length before and after.
@Suite("Edit routes: bad input")
struct EditRouteBadInputTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let method: HTTPRequest.Method
        let path: String
        let body: String?
        let status: Int
        /// What the problem must name: the `field` member, or the start of `detail` for JSON errors.
        let field: String
        var testDescription: String { "\(method) \(path) \(body ?? "") → \(status) \(field)" }
    }

    static let cases: [Case] = [
        Case(method: .post, path: "/interets/centres", body: #"{"centres": {"3": 9}}"#, status: 422, field: "centres.3"),
        Case(method: .post, path: "/interets/centres", body: #"{"centres": {"31": 2}}"#, status: 422, field: "centres.31"),
        Case(method: .post, path: "/interets/centres", body: #"{"centres": [1, 2]}"#, status: 400, field: "centres"),
        Case(method: .put, path: "/questionnaire/answers", body: #"{"answers": {"z9": 1}}"#, status: 422, field: "answers.z9"),
        Case(method: .put, path: "/questionnaire/answers", body: #"{"answers": {"r1": 7}}"#, status: 422, field: "answers.r1"),
        Case(method: .put, path: "/questionnaire/answers", body: #"{"answers": "#, status: 400, field: ""),
        Case(method: .post, path: "/experiences", body: #"{"appellation": "999999"}"#, status: 422, field: "appellation"),
        Case(method: .post, path: "/experiences", body: #"{"appellation": "20560", "years": -1}"#, status: 422, field: "years"),
        Case(method: .post, path: "/experiences", body: #"{"appellation": 20560}"#, status: 400, field: "appellation"),
        Case(method: .post, path: "/experiences", body: #"{"appellation": "20560", "decisions": {"121476": 7}}"#, status: 422, field: "decisions.121476"),
        Case(method: .post, path: "/competences", body: #"{"skill": "999999"}"#, status: 422, field: "skill"),
        Case(method: .post, path: "/competences", body: #"{"skill": "Langue des signes", "level": 0}"#, status: 422, field: "level"),
        Case(method: .put, path: "/competences/121476", body: #"{"level": 5}"#, status: 422, field: "level"),
        Case(method: .put, path: "/competences/121476", body: #"{"level": 2}"#, status: 422, field: "ogr"),
        Case(method: .delete, path: "/competences/abc", body: nil, status: 422, field: "ogr"),
        Case(method: .delete, path: "/experiences/x9", body: nil, status: 422, field: "experience"),
        Case(method: .post, path: "/pistes/Z9999/keep", body: nil, status: 422, field: "fiche"),
        Case(method: .post, path: "/pistes/J15/keep", body: nil, status: 422, field: "fiche"),
        Case(method: .post, path: "/formations", body: #"{"fiche": "J1501", "certification": "RNCP1"}"#, status: 422, field: "certification"),
        Case(method: .post, path: "/formations", body: #"{"fiche": "J1501", "certification": "XYZ"}"#, status: 422, field: "certification"),
        Case(method: .post, path: "/formations", body: #"{"fiche": "J1501", "certification": "RNCP36004", "voie": "vol"}"#, status: 422, field: "voie"),
        Case(method: .post, path: "/plan", body: #"{"text": "Forum", "date": "2020-01-01"}"#, status: 422, field: "date"),
        Case(method: .post, path: "/plan", body: #"{"text": "Forum", "date": "2099-02-30"}"#, status: 422, field: "date"),
        Case(method: .post, path: "/plan", body: #"{"text": "Forum", "date": "2099-01-15", "fiche": "J1501"}"#, status: 422, field: "fiche"),
        Case(method: .post, path: "/plan/a9/done", body: nil, status: 422, field: "action"),
        Case(method: .delete, path: "/plan/a9", body: nil, status: 422, field: "action"),
        Case(method: .put, path: "/sections/profil", body: #"{"anneeNaissance": 1700}"#, status: 422, field: "anneeNaissance"),
        Case(method: .put, path: "/sections/profil", body: #"{"mobiliteKm": -3}"#, status: 422, field: "mobiliteKm"),
        Case(method: .put, path: "/sections/synthese", body: #"{"paragraphes": [" "]}"#, status: 422, field: "paragraphes"),
        Case(method: .post, path: "/advance", body: nil, status: 422, field: "progression"),
        Case(method: .post, path: "/restore", body: #"{"revision": 99}"#, status: 422, field: "revision")
    ]

    @Test("a problem naming the field, nothing saved", arguments: cases)
    func refused(_ refused: Case) async throws {
        let server = try ServerHarness()
        try await server.withClient { client in
            let id = try await client.createProject()
            let before = try await client.send(.get, "/v1/projects/\(id)/history", as: .person).text
            let response = try await client.send(
                refused.method, "/v1/projects/\(id)" + refused.path, as: .person, json: refused.body,
                headers: [.ifMatch: "\"r1\""])
            #expect(Int(response.status.code) == refused.status, "\(response.text)")
            #expect(response.headers[.contentType] == "application/problem+json")
            let problem = try response.problem()
            if refused.status == 422 {
                #expect(problem["field"] as? String == refused.field, "\(problem)")
            }
            #expect((problem["detail"] as? String)?.hasPrefix(refused.field) == true, "\(problem)")
            #expect(try await client.send(.get, "/v1/projects/\(id)/history", as: .person).text == before)
        }
    }

    @Test("a sixth piste is refused, naming the fiche; a stale If-Match is 412; both save nothing")
    func sixthPisteAndStaleBase() async throws {
        let server = try ServerHarness()
        try await server.withClient { client in
            let id = try await client.createProject()
            for code in ["A1101", "A1201", "A1202", "A1203", "A1204"] {
                let kept = try await client.send(.post, "/v1/projects/\(id)/pistes/\(code)/keep", as: .person, headers: [.ifMatch: "*"])
                #expect(kept.status == .ok, "\(kept.text)")
            }
            let before = try await client.send(.get, "/v1/projects/\(id)/history", as: .person).text
            let sixth = try await client.send(.post, "/v1/projects/\(id)/pistes/A1205/keep", as: .person, headers: [.ifMatch: "*"])
            #expect(sixth.status == .unprocessableContent)
            #expect(try sixth.problem()["field"] as? String == "fiche")
            #expect(try sixth.problem()["type"] as? String == "urn:jalon:problem:edit-refused")
            let stale = try await client.send(
                .post, "/v1/projects/\(id)/plan", as: .person,
                json: #"{"text": "Forum", "date": "2099-01-15"}"#, headers: [.ifMatch: "\"r1\""])
            #expect(stale.status == .preconditionFailed)
            #expect(try await client.send(.get, "/v1/projects/\(id)/history", as: .person).text == before)
        }
    }

    @Test("words naming several jobs answer 422 with the candidates as data")
    func ambiguousExperience() async throws {
        let server = try ServerHarness()
        try await server.withClient { client in
            let id = try await client.createProject()
            let response = try await client.send(
                .post, "/v1/projects/\(id)/experiences", as: .person, json: #"{"appellation": "agent"}"#,
                headers: [.ifMatch: "\"r1\""])
            #expect(response.status == .unprocessableContent, "\(response.text)")
            let candidates = try response.problem()["candidates"] as? [[String: Any]]
            #expect((candidates?.count ?? 0) > 1, "\(response.text)")
        }
    }

    @Test("answering the same items again changes nothing and saves nothing (idempotent per item)")
    func idempotentAnswers() async throws {
        let server = try ServerHarness()
        try await server.withClient { client in
            let id = try await client.createProject()
            let first = try await client.send(
                .put, "/v1/projects/\(id)/questionnaire/answers", as: .person, json: #"{"answers": {"r1": 3, "s2": 4}}"#,
                headers: [.ifMatch: "\"r1\""])
            #expect(first.status == .ok && first.headers[.eTag] == "\"r2\"")
            let again = try await client.send(
                .put, "/v1/projects/\(id)/questionnaire/answers", as: .person, json: #"{"answers": {"r1": 3}}"#,
                headers: [.ifMatch: "\"r2\""])
            #expect(again.status == .ok && again.headers[.eTag] == "\"r2\"")
            #expect(try again.json()["unchanged"] as? Bool == true)
        }
    }
}
