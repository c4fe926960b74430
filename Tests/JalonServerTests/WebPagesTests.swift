import Foundation
import Hummingbird
import HummingbirdTesting
import JalonCore
import JalonServer
import JalonStore
import Testing

/// The web workbook through the router: signing in by single-use link, sessions, CSRF, escaping,
/// access (the API's 404), forms (POST → 303 → GET) that save through the same edits as the API.
@Suite struct WebPagesTests {
    /// A browser: its session cookie and the form token read off the last page.
    struct Browser {
        var cookie: String?
        var csrf: String?

        var headers: HTTPFields {
            var fields: HTTPFields = [:]
            if let cookie { fields[.cookie] = "jalon_session=\(cookie)" }
            return fields
        }
    }

    static func sessionCookie(_ response: TestResponse) -> String? {
        for value in response.headers[values: .setCookie] where value.hasPrefix("jalon_session=") {
            return String(value.dropFirst("jalon_session=".count).prefix { $0 != ";" })
        }
        return nil
    }

    static func csrf(in html: String) -> String? {
        guard let range = html.range(of: #"name="_csrf" value=""#) else { return nil }
        return String(html[range.upperBound...].prefix { $0 != "\"" })
    }

    static func revision(in html: String) -> String? {
        guard let range = html.range(of: #"name="revision" value=""#) else { return nil }
        return String(html[range.upperBound...].prefix { $0 != "\"" })
    }

    /// A sign-in link made by the portal, then followed: the browser now has a session.
    static func signIn(_ client: ServerHarness.Client, _ who: ServerHarness.Who, project: String?) async throws -> Browser {
        let body =
            project.map { #"{"role": "\#(who.role.rawValue)", "subject": "\#(who.rawValue)", "project": "\#($0)"}"# }
            ?? #"{"role": "\#(who.role.rawValue)", "subject": "\#(who.rawValue)"}"#
        let link = try await client.send(.post, "/v1/sign-in-links", as: .portal, json: body)
        #expect(link.status == .created, "\(link.text)")
        let url = try #require(try link.json()["url"] as? String)
        let signedIn = try await client.send(.get, url)
        #expect(signedIn.status == .seeOther)
        var browser = Browser(cookie: try #require(sessionCookie(signedIn)))
        let landing = try await client.send(.get, try #require(signedIn.headers[.location]), headers: browser.headers)
        #expect(landing.status == .ok, "\(landing.text)")
        browser.csrf = csrf(in: landing.text)
        return browser
    }

    static func post(_ client: ServerHarness.Client, _ path: String, _ browser: Browser, _ fields: [(String, String)]) async throws -> TestResponse {
        var headers = browser.headers
        headers[.contentType] = "application/x-www-form-urlencoded"
        let body = fields.map { name, value in
            name + "=" + (value.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "")
        }.joined(separator: "&")
        return try await client.client.execute(uri: path, method: .post, headers: headers, body: ByteBuffer(string: body))
    }

    @Test func aSignInLinkOpensANewSessionOnceAndPagesCarryTheirSecurityHeaders() async throws {
        let harness = try ServerHarness()
        try await harness.withClient { client in
            let id = try await client.createProject()
            let link = try await client.send(
                .post, "/v1/sign-in-links", as: .portal,
                json: #"{"role": "person", "subject": "personne-1", "project": "\#(id)"}"#)
            let url = try #require(try link.json()["url"] as? String)
            #expect(url.hasPrefix("/connexion/jalon_"))
            // A cookie the browser already had (planted by someone else) is not the one it leaves with.
            let planted = "jalon_planted"
            let first = try await client.send(.get, url, headers: [.cookie: "jalon_session=\(planted)"])
            #expect(first.status == .seeOther)
            #expect(first.headers[.location] == "/carnet/\(id)")
            let setCookie = try #require(first.headers[values: .setCookie].first { $0.hasPrefix("jalon_session=") })
            #expect(setCookie.contains("HttpOnly") && setCookie.contains("SameSite=Lax") && !setCookie.contains("Secure"))
            let cookie = try #require(Self.sessionCookie(first))
            #expect(cookie != planted && cookie.count > 40)
            // Single use: the same link again opens nothing.
            let again = try await client.send(.get, url)
            #expect(again.status == .gone)
            #expect(Self.sessionCookie(again) == nil)
            let home = try await client.send(.get, "/carnet/\(id)", headers: [.cookie: "jalon_session=\(cookie)"])
            #expect(home.status == .ok)
            let csp = try #require(home.headers[.contentSecurityPolicy])
            #expect(csp.contains("default-src 'none'") && csp.contains("script-src 'self'") && !csp.contains("unsafe-inline"))
            #expect(home.headers[.contentType] == "text/html; charset=utf-8")
            #expect(home.text.contains(#"<html lang="fr">"#))
            // Without a session the workbook is not shown.
            let anonymous = try await client.send(.get, "/carnet/\(id)")
            #expect(anonymous.status == .unauthorized)
            #expect(!anonymous.text.contains("Sophie"))
        }
    }

    @Test func anExpiredLinkOpensNothing() async throws {
        let harness = try ServerHarness()
        try await harness.withClient { client in
            let id = try await client.createProject()
            let past = Date().timeIntervalSince1970 - harness.services.web.linkLifetime - 1
            let token = try harness.services.web.issueLink(role: .person, subject: "personne-1", project: ProjectID(id), now: past)
            let response = try await client.send(.get, "/connexion/" + token)
            #expect(response.status == .gone)
            #expect(Self.sessionCookie(response) == nil)
        }
    }

    @Test func onlyAPortalMakesLinksAndOnlyForItsOwnPersonsProject() async throws {
        let harness = try ServerHarness()
        try await harness.withClient { client in
            let id = try await client.createProject()
            let forOther = try await client.send(
                .post, "/v1/sign-in-links", as: .portal,
                json: #"{"role": "person", "subject": "personne-2", "project": "\#(id)"}"#)
            #expect(forOther.status == .notFound)
            let otherPortal = try await client.send(
                .post, "/v1/sign-in-links", as: .otherPortal,
                json: #"{"role": "person", "subject": "personne-1", "project": "\#(id)"}"#)
            #expect(otherPortal.status == .notFound)
            let byPerson = try await client.send(
                .post, "/v1/sign-in-links", as: .person,
                json: #"{"role": "counsellor", "subject": "conseillere-1"}"#)
            #expect(byPerson.status == .forbidden)
            let badRole = try await client.send(.post, "/v1/sign-in-links", as: .portal, json: #"{"role": "portal", "subject": "x"}"#)
            #expect(badRole.status == .unprocessableContent)
        }
    }

    @Test func anotherPersonsProjectIsTheAPIs404() async throws {
        let harness = try ServerHarness()
        try await harness.withClient { client in
            let mine = try await client.createProject()
            let theirs = try await client.createProject(name: "Autre", person: .otherPerson)
            let browser = try await Self.signIn(client, .person, project: mine)
            let page = try await client.send(.get, "/carnet/\(theirs)/profil", headers: browser.headers)
            #expect(page.status == .notFound)
            #expect(!page.text.contains("Autre"))
            let api = try await client.send(.get, "/v1/projects/\(theirs)", as: .person)
            #expect(api.status == .notFound)
            let apiDetail = try #require(try api.problem()["detail"] as? String)
            #expect(page.text.contains(apiDetail.replacingOccurrences(of: "’", with: "’")))
            // A form aimed at their project saves nothing there either.
            let before = try harness.services.repository.store.history(of: ProjectID(theirs)!).count
            let post = try await Self.post(
                client, "/carnet/\(theirs)/synthese", browser,
                [("_csrf", browser.csrf ?? ""), ("revision", "1"), ("texte", "pris")])
            #expect(post.status == .notFound)
            #expect(try harness.services.repository.store.history(of: ProjectID(theirs)!).count == before)
        }
    }

    @Test func aPostWithoutTheFormTokenIsRefusedAndSavesNothing() async throws {
        let harness = try ServerHarness()
        try await harness.withClient { client in
            let id = try await client.createProject()
            let browser = try await Self.signIn(client, .person, project: id)
            let before = try harness.services.repository.store.history(of: ProjectID(id)!).count
            for token in [nil, "jalon_forged"] {
                var fields = [("revision", "1"), ("texte", "Un paragraphe.")]
                if let token { fields.append(("_csrf", token)) }
                let response = try await Self.post(client, "/carnet/\(id)/synthese", browser, fields)
                #expect(response.status == .forbidden)
            }
            #expect(try harness.services.repository.store.history(of: ProjectID(id)!).count == before)
        }
    }

    @Test func hostileTextIsShownInertInEveryPage() async throws {
        let harness = try ServerHarness()
        let hostile = #"<script>alert(1)</script> " javascript:alert(2) <img src=x onerror=alert(3)>"#
        try await harness.withClient { client in
            let id = try await client.createProject()
            let browser = try await Self.signIn(client, .person, project: id)
            var saved = try await Self.post(
                client, "/carnet/\(id)/profil", browser,
                [("_csrf", browser.csrf!), ("revision", "1"), ("nomAffiche", hostile)])
            #expect(saved.status == .seeOther)
            saved = try await Self.post(
                client, "/carnet/\(id)/synthese", browser,
                [("_csrf", browser.csrf!), ("revision", "2"), ("texte", hostile)])
            #expect(saved.status == .seeOther)
            let counsellor = try await Self.signIn(client, .counsellor, project: nil)
            let noted = try await Self.post(
                client, "/conseil/\(id)/notes", counsellor,
                [("_csrf", counsellor.csrf!), ("revision", "3"), ("section", "synthese"), ("status", "besoin"), ("text", hostile)])
            #expect(noted.status == .seeOther)
            var pages: [String] = []
            for path in ["/carnet/\(id)", "/carnet/\(id)/profil", "/carnet/\(id)/synthese", "/carnet/\(id)/historique"] {
                pages.append(try await client.send(.get, path, headers: browser.headers).text)
            }
            pages.append(try await client.send(.get, "/conseil/\(id)", headers: counsellor.headers).text)
            for page in pages {
                #expect(!page.contains("<script>alert"))
                #expect(!page.contains("<img src=x"))
                #expect(!page.contains(#"href="javascript"#))
            }
            // Where the text is shown at all (the profile's name, the synthèse), it is shown escaped.
            let shown = pages.filter { $0.contains("&lt;script&gt;") }.count
            #expect(shown >= 2, "the hostile text appears escaped on \(shown) pages")
            // The only script a page loads is the server's own file.
            #expect(pages.allSatisfy { $0.components(separatedBy: "<script").count == 2 && $0.contains(#"<script src="/static/jalon.js" defer></script>"#) })
        }
    }

    @Test func aFormSavesThroughTheSameEditAsTheAPIAndARefusedValueIsListedAtTheTop() async throws {
        let harness = try ServerHarness()
        try await harness.withClient { client in
            let id = try await client.createProject()
            let browser = try await Self.signIn(client, .person, project: id)
            let store = harness.services.repository.store, projectID = ProjectID(id)!
            // A refused value: the page again, its message linked to the field, nothing saved.
            let refused = try await Self.post(
                client, "/carnet/\(id)/profil", browser,
                [("_csrf", browser.csrf!), ("revision", "1"), ("nomAffiche", "Sophie"), ("departement", "999")])
            #expect(refused.status == .unprocessableContent)
            #expect(refused.text.contains(##"<a href="#departement">« 999 »"##))
            #expect(refused.text.contains(#"value="Sophie""#))
            #expect(try store.history(of: projectID).count == 1)
            // An accepted form: 303 to the page, one revision by the person, the same profile as through the API.
            let saved = try await Self.post(
                client, "/carnet/\(id)/profil", browser,
                [
                    ("_csrf", browser.csrf!), ("revision", "1"), ("nomAffiche", "Sophie"), ("situation", "demandeur-emploi"),
                    ("diplome", "4"), ("departement", "70"), ("mobiliteKm", "30")
                ])
            #expect(saved.status == .seeOther)
            #expect(saved.headers[.location] == "/carnet/\(id)/profil?fait=enregistre")
            let history = try store.history(of: projectID)
            #expect(history.count == 2 && history.last?.author.role == .person)
            let project = try harness.services.repository.load(projectID).project
            #expect(project.profil?.departement?.code == "70" && project.profil?.mobiliteKm == 30 && project.profil?.situation == .demandeurEmploi)
            // A form shown before that change (revision 1) now saves nothing: compare-and-set.
            let stale = try await Self.post(
                client, "/carnet/\(id)/synthese", browser,
                [("_csrf", browser.csrf!), ("revision", "1"), ("texte", "Tard.")])
            #expect(stale.status == .conflict)
            #expect(try store.history(of: projectID).count == 2)
        }
    }

    @Test func signingOutEndsTheSessionOnTheServer() async throws {
        let harness = try ServerHarness()
        try await harness.withClient { client in
            let id = try await client.createProject()
            let browser = try await Self.signIn(client, .person, project: id)
            let out = try await Self.post(client, "/deconnexion", browser, [("_csrf", browser.csrf!)])
            #expect(out.status == .ok)
            let after = try await client.send(.get, "/carnet/\(id)", headers: browser.headers)
            #expect(after.status == .unauthorized)
        }
    }

    @Test func theCounsellorSeesTheCaseloadAndAnnotates() async throws {
        let harness = try ServerHarness()
        try await harness.withClient { client in
            let shared = try await client.createProject(name: "Partagée")
            _ = try await client.createProject(name: "Pas partagée", counsellors: [.otherCounsellor])
            let browser = try await Self.signIn(client, .counsellor, project: nil)
            let caseload = try await client.send(.get, "/conseil", headers: browser.headers)
            #expect(caseload.status == .ok)
            #expect(caseload.text.contains("/conseil/\(shared)"))
            #expect(!caseload.text.contains("Pas partagée") && !caseload.text.contains("Partagée"))
            #expect(caseload.text.contains("Dossiers suivis (1)"))
            let page = try await client.send(.get, "/conseil/\(shared)", headers: browser.headers)
            let revision = try #require(Self.revision(in: page.text))
            let noted = try await Self.post(
                client, "/conseil/\(shared)/notes", browser,
                [("_csrf", browser.csrf!), ("revision", revision), ("section", "profil"), ("status", "besoin"), ("text", "Voir l’immersion.")])
            #expect(noted.status == .seeOther)
            let project = try harness.services.repository.load(ProjectID(shared)!).project
            #expect(project.notes.map(\.texte) == ["Voir l’immersion."])
            #expect(project.notes.first?.auteur == "conseillere-1")
            // A person's pages are not a counsellor's.
            let personPage = try await client.send(.get, "/carnet/\(shared)", headers: browser.headers)
            #expect(personPage.status == .unauthorized)
        }
    }

    @Test func theLanguageSwitchAndAcceptLanguageGiveEnglishPages() async throws {
        let harness = try ServerHarness()
        try await harness.withClient { client in
            let id = try await client.createProject()
            let browser = try await Self.signIn(client, .person, project: id)
            var headers = browser.headers
            headers[.acceptLanguage] = "en-GB,en;q=0.9"
            let english = try await client.send(.get, "/carnet/\(id)", headers: headers)
            #expect(english.text.contains(#"<html lang="en">"#) && english.text.contains("The seven steps"))
            let switched = try await client.send(.get, "/langue/fr?retour=%2Fcarnet%2F\(id)")
            #expect(switched.status == .seeOther && switched.headers[.location] == "/carnet/\(id)")
            let away = try await client.send(.get, "/langue/en?retour=https://example.org")
            #expect(away.headers[.location] == "/")
            headers[.cookie] = "jalon_session=\(browser.cookie!); jalon_lang=fr"
            let french = try await client.send(.get, "/carnet/\(id)", headers: headers)
            #expect(french.text.contains(#"<html lang="fr">"#) && french.text.contains("Les sept étapes"))
        }
    }
}
