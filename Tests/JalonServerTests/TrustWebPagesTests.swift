import Foundation
import Hummingbird
import HummingbirdTesting
import JalonCore
import JalonServer
import JalonTestSupport
import Testing

/// Consent and erasure through the web workbook: the counsellor's pages show only what the person
/// shares, the person's dossier page changes it (one revision per change), and the erasure page leaves
/// nothing — store, journal, caches, sessions and sign-in links.
@Suite("Trust: the web pages")
struct TrustWebPagesTests {
    typealias Web = WebPagesTests

    /// Every page a counsellor can open on one project, with its body.
    static func counsellorPages(_ client: ServerHarness.Client, _ id: String, _ browser: Web.Browser) async throws -> [(page: String, body: String)] {
        var pages: [(page: String, body: String)] = []
        for page in ["/conseil", "/conseil/\(id)", "/conseil/\(id)/export"] {
            let response = try await client.send(.get, page, headers: browser.headers)
            #expect(response.status == .ok, "\(page): \(response.status)")
            pages.append((page, response.text))
        }
        #expect(pages[0].body.contains("/conseil/\(id)"), "the caseload lists the project")
        return pages
    }

    @Test("the counsellor's pages show nothing personal by default, then what the person's web form shares, to that counsellor only")
    func counsellorPagesFollowTheWebChoice() async throws {
        let server = try ServerHarness()
        try await server.withClient { client in
            let (id, _) = try await TrustRouteTests.importSample(client)
            let counsellor = try await Web.signIn(client, .counsellor, project: nil)
            let other = try await Web.signIn(client, .otherCounsellor, project: nil)
            for (page, body) in try await Self.counsellorPages(client, id, counsellor) {
                for datum in TrustRouteTests.withheld + ["1984"] { #expect(!body.contains(datum), "\(page) shows « \(datum) »") }
                #expect(body.contains("Personne "), "\(page) names the person by pseudonym")
            }

            // The person's dossier page: one form per linked counsellor, showing today's choice (nothing personal).
            var person = try await Web.signIn(client, .person, project: id)
            let page = try await client.send(.get, "/carnet/\(id)/dossier", headers: person.headers)
            #expect(page.status == .ok)
            #expect(page.text.contains(#"name="counsellor" value="conseillere-1""#) && page.text.contains(#"name="counsellor" value="conseiller-2""#))
            #expect(!page.text.contains(#"value="name" checked"#), "nothing personal is shared by default")
            person.csrf = Web.csrf(in: page.text)
            let revision = try #require(Web.revision(in: page.text))

            // Name and contact, every step but the plan, for the first counsellor.
            let fields =
                [
                    ("_csrf", person.csrf ?? ""), ("revision", revision), ("counsellor", "conseillere-1"),
                    ("personal", "name"), ("personal", "contact")
                ]
                + Step.allCases.filter { $0 != .plan }.map { ("sections", $0.rawValue) }
            let saved = try await Web.post(client, "/carnet/\(id)/partage", person, fields)
            #expect(saved.status == .seeOther, "\(saved.text)")
            #expect(try await client.etag(id) == "\"r\(Int(revision)! + 1)\"", "the change is one revision")
            let history = try await client.send(.get, "/v1/projects/\(id)/history", as: .person).jsonArray()
            #expect((history.last?["message"] as? String)?.contains("conseillere-1") == true)
            let shown = try await client.send(.get, "/carnet/\(id)/dossier", headers: person.headers)
            #expect(
                shown.text.components(separatedBy: #"name="personal" value="name" checked"#).count == 2, "the page shows the choice saved, for one counsellor")

            for (page, body) in try await Self.counsellorPages(client, id, counsellor) {
                #expect(page == "/conseil" || body.contains("Karim B."), "\(page) shows the shared name")
                for datum in TrustRouteTests.withheld + ["1984"] where !["Karim B.", "06 12 34 56 78"].contains(datum) {
                    #expect(!body.contains(datum), "\(page) shows « \(datum) »")
                }
                #expect(!body.contains("Forum de l"), "\(page) shows the plan left out")
            }
            #expect(try await client.send(.get, "/conseil/\(id)", headers: counsellor.headers).text.contains("06 12 34 56 78"))
            for (page, body) in try await Self.counsellorPages(client, id, other) {
                #expect(!body.contains("Karim B.") && !body.contains("06 12 34 56 78"), "\(page) shows the other counsellor what was given to the first")
            }

            // An unknown word saves nothing; a stale form saves nothing.
            let before = try await client.etag(id)
            let bad = try await Web.post(
                client, "/carnet/\(id)/partage", person,
                [
                    ("_csrf", person.csrf ?? ""), ("revision", String(before.dropFirst(2).dropLast())),
                    ("counsellor", "conseillere-1"), ("personal", "adresse")
                ])
            #expect(bad.status == .unprocessableContent)
            let stale = try await Web.post(
                client, "/carnet/\(id)/partage", person,
                [("_csrf", person.csrf ?? ""), ("revision", revision), ("counsellor", "conseiller-2"), ("personal", "name")])
            #expect(stale.status == .conflict)
            #expect(try await client.etag(id) == before)
        }
    }

    @Test("a counsellor may not annotate a step the person keeps back from them")
    func noNoteOnAWithheldStep() async throws {
        let server = try ServerHarness()
        try await server.withClient { client in
            let (id, _) = try await TrustRouteTests.importSample(client)
            let choice = #"{"counsellor": "conseillere-1", "sections": ["profil", "interets"]}"#
            #expect(try await client.send(.put, "/v1/projects/\(id)/partage", as: .person, json: choice, headers: [.ifMatch: "*"]).status == .ok)
            let before = try await client.etag(id)
            let note = try await client.send(
                .post, "/v1/projects/\(id)/notes", as: .counsellor,
                json: #"{"section": "plan", "status": "besoin", "text": "Voir le plan"}"#, headers: [.ifMatch: "*"])
            #expect(note.status == .unprocessableContent && note.text.contains("edit-refused") && note.text.contains("partagée"), "\(note.text)")
            #expect(try await client.etag(id) == before)
            let allowed = try await client.send(
                .post, "/v1/projects/\(id)/notes", as: .counsellor,
                json: #"{"section": "interets", "status": "besoin", "text": "Bien"}"#, headers: [.ifMatch: "*"])
            #expect(allowed.status == .created || allowed.status == .ok, "\(allowed.text)")
        }
    }

    @Test("erasing from the web page leaves nothing: store, journal, caches, sessions and sign-in links")
    func webErasureLeavesNothing() async throws {
        let server = try ServerHarness()
        try await server.withClient { client in
            let (id, _) = try await TrustRouteTests.importSample(client)
            var person = try await Web.signIn(client, .person, project: id)
            // A second link, never followed, and a counsellor's session on the project.
            let pending = try await client.send(
                .post, "/v1/sign-in-links", as: .portal,
                json: #"{"role": "person", "subject": "personne-1", "project": "\#(id)"}"#)
            let pendingURL = try #require(try pending.json()["url"] as? String)
            let counsellor = try await Web.signIn(client, .counsellor, project: nil)
            #expect(try await client.send(.get, "/conseil/\(id)", headers: counsellor.headers).status == .ok)
            let sessionsBefore = try FileManager.default.contentsOfDirectory(atPath: server.root + "/web/sessions").count
            #expect(sessionsBefore == 2)

            let confirm = try await client.send(.get, "/carnet/\(id)/effacer", headers: person.headers)
            #expect(confirm.status == .ok)
            person.csrf = Web.csrf(in: confirm.text)
            // Without the box ticked, nothing is erased.
            let unconfirmed = try await Web.post(client, "/carnet/\(id)/effacer", person, [("_csrf", person.csrf ?? "")])
            #expect(unconfirmed.status == .unprocessableContent)
            #expect(try await client.send(.get, "/v1/projects/\(id)", as: .person).status == .ok)

            let erased = try await Web.post(client, "/carnet/\(id)/effacer", person, [("_csrf", person.csrf ?? ""), ("confirmer", "oui")])
            #expect(erased.status == .ok, "\(erased.text)")
            #expect(
                erased.headers[values: .setCookie].contains {
                    $0.hasPrefix("jalon_session=;") || $0.hasPrefix("jalon_session=\"\"") || $0.contains("Max-Age=0")
                })
            #expect(try await client.send(.get, "/carnet/\(id)", headers: person.headers).status == .unauthorized, "the session is gone")
            #expect(try await client.send(.get, pendingURL).status == .gone, "the pending sign-in link is gone")
            #expect(try await client.send(.get, "/conseil/\(id)", headers: counsellor.headers).status == .notFound)
            #expect(try await client.send(.get, "/v1/projects/\(id)", as: .person).status == .notFound)
            #expect(server.services.cachedProjects.isEmpty)
            // The counsellor's own session (naming no project) stays; the person's went.
            #expect(try FileManager.default.contentsOfDirectory(atPath: server.root + "/web/sessions").count == 1)
            for marker in [id] + TrustRouteTests.withheld {
                let grep = try ToolRun.run("/usr/bin/grep", ["-r", "-q", "-a", "-F", "-e", marker, server.root])
                #expect(grep.status == 1, "« \(marker) » is still in the store, the journal or the web sessions")
            }
        }
    }
}
