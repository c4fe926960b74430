import Foundation
import Hummingbird
import HummingbirdTesting
import JalonCore
import Testing

@testable import JalonServer

/// The preference « métiers qui recrutent dans ma région » in the workbook: a oui/non choice in the
/// profil form (non by default), a refused value named at the top with nothing saved, and, when on, the
/// points of the job prospects on the pistes page and a `debouches` row in a métier's score.
@Suite struct HiringPreferenceWebTests {
    typealias Page = WebPagesTests

    @Test func theProfilFormSetsThePreferenceAndThePistesShowItsPoints() async throws {
        let harness = try ServerHarness()
        try await harness.withClient { client in
            let id = try await ComputedRouteTests().karim(client)
            let browser = try await Page.signIn(client, .person, project: id)
            let projectID = ProjectID(id)!, store = harness.services.repository.store
            let form = try await client.send(.get, "/carnet/\(id)/profil", headers: browser.headers)
            #expect(form.text.contains(#"id="metiersQuiRecrutent-non" name="metiersQuiRecrutent" value="non" checked"#))
            #expect(form.text.contains("<legend>Métiers qui recrutent dans ma région</legend>"))
            let before = try await client.send(.get, "/carnet/\(id)/pistes", headers: browser.headers)
            #expect(!before.text.contains("points-debouches"))
            let revisions = try store.history(of: projectID).count

            let refused = try await Page.post(
                client, "/carnet/\(id)/profil", browser,
                [("_csrf", browser.csrf!), ("revision", String(revisions)), ("metiersQuiRecrutent", "peut-être")])
            #expect(refused.status == .unprocessableContent)
            #expect(refused.text.contains(##"<a href="#metiersQuiRecrutent">metiersQuiRecrutent : « peut-être » n’est ni oui ni non"##), "\(refused.text)")
            #expect(try store.history(of: projectID).count == revisions)

            let saved = try await Page.post(
                client, "/carnet/\(id)/profil", browser,
                [("_csrf", browser.csrf!), ("revision", String(revisions)), ("metiersQuiRecrutent", "oui")])
            #expect(saved.status == .seeOther, "\(saved.text)")
            #expect(try harness.services.repository.load(projectID).project.profil?.metiersQuiRecrutent == true)
            let shown = try await client.send(.get, "/carnet/\(id)/profil", headers: browser.headers)
            #expect(shown.text.contains(#"id="metiersQuiRecrutent-oui" name="metiersQuiRecrutent" value="oui" checked"#))

            // Each suggestion says what the job prospects add, as the API's `debouches` component does.
            let pistes = try await client.send(.get, "/carnet/\(id)/pistes", headers: browser.headers)
            let lines = pistes.text.components(separatedBy: #"<p class="points-debouches">Débouchés (préférence « métiers qui recrutent ») : +"#).count - 1
            #expect(lines == PistesPages.shown)
            let api = try await client.send(.get, "/v1/projects/\(id)/suggestions?limit=\(PistesPages.shown)", as: .person)
            let suggestions = try #require(try api.json()["suggestions"] as? [[String: Any]])
            for suggestion in suggestions {
                let points = try #require(((suggestion["components"] as? [[String: Any]])?.last?["points"] as? Double))
                let text = String(format: "%.1f", points).replacingOccurrences(of: ".", with: ",")
                #expect(pistes.text.contains("recrutent ») : +\(text) pts"), "\(suggestion["fiche"] ?? "") \(text)")
            }
            let metier = try await client.send(.get, "/carnet/\(id)/pistes/I1310", headers: browser.headers)
            #expect(metier.text.contains(#"<th scope="row">debouches</th>"#))

            let off = try await Page.post(
                client, "/carnet/\(id)/profil", browser,
                [("_csrf", browser.csrf!), ("revision", String(revisions + 1)), ("metiersQuiRecrutent", "non")])
            #expect(off.status == .seeOther, "\(off.text)")
            let after = try await client.send(.get, "/carnet/\(id)/pistes", headers: browser.headers)
            #expect(!after.text.contains("points-debouches"))
        }
    }
}
