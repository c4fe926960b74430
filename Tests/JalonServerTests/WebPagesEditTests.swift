import Foundation
import Hummingbird
import HummingbirdTesting
import JalonCore
import JalonServer
import JalonStore
import Testing

/// The workbook's forms that empty, restore and rewrite: through the router, with what the store then holds.
@Suite struct WebPagesEditTests {
    typealias Page = WebPagesTests

    @Test func anEmptiedProfilFieldIsClearedAndAFieldNotSentStays() async throws {
        let harness = try ServerHarness()
        try await harness.withClient { client in
            let id = try await client.createProject()
            let browser = try await Page.signIn(client, .person, project: id)
            let projectID = ProjectID(id)!
            let first = try await Page.post(
                client, "/carnet/\(id)/profil", browser,
                [
                    ("_csrf", browser.csrf!), ("revision", "1"), ("nomAffiche", "Sophie"), ("departement", "25"),
                    ("mobiliteKm", "30"), ("anneeNaissance", "1997"), ("communeInsee", "25056"), ("communeNom", "Besançon")
                ])
            #expect(first.status == .seeOther, "\(first.text)")
            // mobiliteKm and the commune sent empty, the birth year not sent at all.
            let emptied = try await Page.post(
                client, "/carnet/\(id)/profil", browser,
                [
                    ("_csrf", browser.csrf!), ("revision", "2"), ("nomAffiche", "Sophie"), ("departement", "25"),
                    ("mobiliteKm", ""), ("communeInsee", ""), ("communeNom", "")
                ])
            #expect(emptied.status == .seeOther, "\(emptied.text)")
            let profil = try #require(try harness.services.repository.load(projectID).project.profil)
            #expect(profil.mobiliteKm == nil && profil.commune == nil)
            #expect(profil.anneeNaissance == 1997 && profil.departement?.code == "25")
            let page = try await client.send(.get, "/carnet/\(id)/profil", headers: browser.headers)
            #expect(page.text.contains(#"id="mobiliteKm" name="mobiliteKm" value="""#))
        }
    }

    @Test func aRevisionIsRestoredAsANewRevisionOnlyFromTheLatest() async throws {
        let harness = try ServerHarness()
        try await harness.withClient { client in
            let id = try await client.createProject()
            let browser = try await Page.signIn(client, .person, project: id)
            let projectID = ProjectID(id)!, repository = harness.services.repository
            for (revision, text) in [("1", "Premier jet."), ("2", "Second jet.")] {
                let saved = try await Page.post(client, "/carnet/\(id)/synthese", browser, [("_csrf", browser.csrf!), ("revision", revision), ("texte", text)])
                #expect(saved.status == .seeOther)
            }
            let page = try await client.send(.get, "/carnet/\(id)/historique", headers: browser.headers)
            #expect(page.text.contains(#"name="restaurer" value="2""#) && !page.text.contains(#"name="restaurer" value="3""#))
            // From a page showing revision 2 while 3 is the latest: nothing restored.
            let stale = try await Page.post(
                client, "/carnet/\(id)/historique/restaurer", browser, [("_csrf", browser.csrf!), ("revision", "2"), ("restaurer", "2")])
            #expect(stale.status == .conflict)
            #expect(try repository.store.history(of: projectID).count == 3)
            let restored = try await Page.post(
                client, "/carnet/\(id)/historique/restaurer", browser, [("_csrf", browser.csrf!), ("revision", "3"), ("restaurer", "2")])
            #expect(restored.status == .seeOther)
            #expect(restored.headers[.location] == "/carnet/\(id)/historique?vers=4&fait=restauree#diff")
            let history = try repository.store.history(of: projectID)
            #expect(history.count == 4 && history.last?.restoredFrom == 2)
            #expect(try repository.load(projectID).project.synthese?.paragraphes == ["Premier jet."])
            let missing = try await Page.post(
                client, "/carnet/\(id)/historique/restaurer", browser, [("_csrf", browser.csrf!), ("revision", "4"), ("restaurer", "9")])
            #expect(missing.status == .badRequest)
            #expect(try repository.store.history(of: projectID).count == 4)
        }
    }

    @Test func aCounsellorRewritesTheirOwnNote() async throws {
        let harness = try ServerHarness()
        try await harness.withClient { client in
            let id = try await client.createProject()
            let browser = try await Page.signIn(client, .counsellor, project: nil)
            let projectID = ProjectID(id)!, repository = harness.services.repository
            let added = try await Page.post(
                client, "/conseil/\(id)/notes", browser,
                [("_csrf", browser.csrf!), ("revision", "1"), ("section", "pistes"), ("status", "besoin"), ("text", "Premier avis.")])
            #expect(added.status == .seeOther)
            let page = try await client.send(.get, "/conseil/\(id)", headers: browser.headers)
            #expect(page.text.contains(#"action="/conseil/\#(id)/notes/n1""#))
            let emptied = try await Page.post(
                client, "/conseil/\(id)/notes/n1", browser,
                [("_csrf", browser.csrf!), ("revision", "2"), ("status", "point-appui"), ("text", " ")])
            #expect(emptied.status == .unprocessableContent)
            #expect(emptied.text.contains(##"<a href="#text-n1">"##))
            let edited = try await Page.post(
                client, "/conseil/\(id)/notes/n1", browser,
                [("_csrf", browser.csrf!), ("revision", "2"), ("status", "point-appui"), ("text", "Avis revu.")])
            #expect(edited.status == .seeOther)
            let note = try #require(try repository.load(projectID).project.notes.first)
            #expect(note.texte == "Avis revu." && note.status == .pointAppui && note.auteur == "conseillere-1")
            #expect(try repository.store.history(of: projectID).count == 3)
        }
    }
}
