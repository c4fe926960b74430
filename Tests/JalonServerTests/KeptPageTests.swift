import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@testable import JalonServer

/// Pages kept rendered per revision (`KeptPage`): each session still gets its own form token, a change
/// shows at once, and a language or a message is never served from another request's page.
@Suite struct KeptPageTests {
    @Test func eachSessionGetsItsOwnTokenInAKeptPage() async throws {
        let harness = try ServerHarness()
        try await harness.withClient { client in
            let id = try await client.createProject()
            let first = try await WebPagesTests.signIn(client, .person, project: id)
            let second = try await WebPagesTests.signIn(client, .person, project: id)
            // The same page of the same revision, twice for each session: the second reading is the kept one.
            for path in ["/carnet/\(id)", "/carnet/\(id)/pistes"] {
                for browser in [first, second, first, second] {
                    let page = try await client.send(.get, path, headers: browser.headers)
                    #expect(page.status == .ok)
                    #expect(WebPagesTests.csrf(in: page.text) == browser.csrf, "\(path): the form token is the session's own")
                    #expect(!page.text.contains(KeptPage.csrfPlaceholder))
                }
            }
            #expect(first.csrf != second.csrf)
            // The token the kept page gave the second session is the one its forms are accepted with.
            let kept = try await client.send(.get, "/carnet/\(id)", headers: second.headers)
            let saved = try await WebPagesTests.post(
                client, "/carnet/\(id)/synthese", second,
                [("_csrf", try #require(WebPagesTests.csrf(in: kept.text))), ("revision", "1"), ("texte", "Un projet.")])
            #expect(saved.status == .seeOther)
        }
    }

    @Test func aChangeShowsAtOnceAndLanguagesAndMessagesAreNotMixed() async throws {
        let harness = try ServerHarness()
        try await harness.withClient { client in
            let id = try await client.createProject()
            let browser = try await WebPagesTests.signIn(client, .person, project: id)
            let before = try await client.send(.get, "/carnet/\(id)", headers: browser.headers)
            // Nothing to finish yet: no « terminer l'étape » form.
            #expect(WebPagesTests.revision(in: before.text) == nil && !before.text.contains("/avancer"))
            let saved = try await WebPagesTests.post(
                client, "/carnet/\(id)/profil", browser,
                [
                    ("_csrf", browser.csrf!), ("revision", "1"), ("nomAffiche", "Nadia"), ("situation", "demandeur-emploi"),
                    ("diplome", "4"), ("departement", "70"), ("mobiliteKm", "30")
                ])
            #expect(saved.status == .seeOther)
            // The message after the form is shown once, on that request only.
            let flashed = try await client.send(.get, "/carnet/\(id)?fait=enregistre", headers: browser.headers)
            #expect(flashed.text.contains("Enregistré."))
            let after = try await client.send(.get, "/carnet/\(id)", headers: browser.headers)
            // The profile complete: the page offers to finish the step, from the new revision.
            #expect(WebPagesTests.revision(in: after.text) == "2" && !after.text.contains("Enregistré."))
            var english = browser.headers
            english[.acceptLanguage] = "en"
            let inEnglish = try await client.send(.get, "/carnet/\(id)", headers: english)
            #expect(inEnglish.text.contains(#"<html lang="en">"#) && WebPagesTests.revision(in: inEnglish.text) == "2")
            let inFrench = try await client.send(.get, "/carnet/\(id)", headers: browser.headers)
            #expect(inFrench.text.contains(#"<html lang="fr">"#))
        }
    }
}
