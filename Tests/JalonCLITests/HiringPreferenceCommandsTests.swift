import Foundation
import JalonTestSupport
import Testing

/// The preference « métiers qui recrutent dans ma région » through the binary, on Karim's sample
/// (Doubs, 25): set by `profil set`, refused when it is neither oui nor non, shown as its own part with
/// its points by `metiers suggest` and `explain`, and, turned off again, giving the very suggestions of before.
@Suite("jalon profil set --metiers-qui-recrutent : la préférence et ses points")
struct HiringPreferenceCommandsTests: ProjectCommandSuite {
    let folder = ScratchFolder()
    let karim = "c811b689-d8d0-46fe-9fb4-072159e7b381"

    init() throws {
        let imported = try JalonProcess(store: folder.path + "/store").run("import", JalonProcess.sample("karim-montbeliard-reconversion.xml"))
        #expect(imported.status == 0, "\(imported.stderr)")
    }

    private func suggestions(_ arguments: String...) throws -> (text: String, list: [[String: Any]]) {
        let result = try jalon.run(arguments: ["pistes", "suggest", karim, "--limit", "10", "--json", "--no-save"] + arguments)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try JSONSchemaSubset.project("suggestions-1.0.schema.json").violations(of: JSONValue.parse(Array(result.stdout.utf8))) == [])
        let object = try #require(try json(result) as? [String: Any])
        return (result.stdout, try #require(object["suggestions"] as? [[String: Any]]))
    }

    private func components(_ suggestion: [String: Any]) -> [String: [String: Any]] {
        Dictionary(uniqueKeysWithValues: ((suggestion["components"] as? [[String: Any]]) ?? []).map { ($0["name"] as? String ?? "", $0) })
    }

    @Test func thePreferenceAddsItsOwnPartAndNothingElse() throws {
        let before = try suggestions()
        #expect(before.list.allSatisfy { components($0).count == 5 && components($0)["debouches"] == nil })

        // Neither oui nor non: one sentence naming the option, nothing saved.
        let revisions = try history(karim)
        expectRefused(
            try jalon.run("profil", "set", karim, "--metiers-qui-recrutent", "peut-être"), status: 64,
            containing: "--metiers-qui-recrutent « peut-être » : attendu oui ou non")
        expectRefused(
            try jalon.run("profil", "set", karim, "--metiers-qui-recrutent", "maybe", "--lang", "en"), status: 64,
            containing: "--metiers-qui-recrutent 'maybe': expected oui (yes) or non (no)")
        #expect(try history(karim) == revisions)

        let set = try jalon.run("profil", "set", karim, "--metiers-qui-recrutent", "oui")
        #expect(set.status == 0, "\(set.stderr)")
        #expect(try value(try saved(karim), "/p:project/p:profil/p:metiersQuiRecrutent") == "true")

        let on = try suggestions()
        let fiches = Set(before.list.compactMap { $0["fiche"] as? String })
        var checked = 0
        for suggestion in on.list {
            let parts = components(suggestion)
            let debouches = try #require(parts["debouches"])
            #expect((suggestion["components"] as? [[String: Any]])?.last?["name"] as? String == "debouches")
            #expect(debouches["weight"] as? Double == 0.1)
            // The components' points add up to the total shown, the new part included.
            let points = parts.values.compactMap { $0["points"] as? Double }.reduce(0, +)
            #expect(abs(points - (suggestion["total"] as? Double ?? -1)) < 0.05)
            // A fiche suggested before too keeps every other part's value and weight.
            guard let fiche = suggestion["fiche"] as? String, fiches.contains(fiche),
                let old = before.list.first(where: { $0["fiche"] as? String == fiche })
            else { continue }
            for (name, part) in components(old) {
                #expect(parts[name]?["value"] as? Double == part["value"] as? Double, "\(fiche) \(name)")
                #expect(parts[name]?["weight"] as? Double == part["weight"] as? Double, "\(fiche) \(name)")
            }
            checked += 1
        }
        #expect(checked > 0)
        #expect(on.list.contains { ($0["reasons"] as? [String] ?? []).contains { $0.hasPrefix("recrute : tension ") } })

        // The text outputs say the preference and the part, with its weight and points.
        let text = try jalon.run("pistes", "suggest", karim, "--limit", "5", "--no-save")
        #expect(text.stdout.contains("Préférence « métiers qui recrutent dans ma région » : les débouchés de chaque métier comblent jusqu’à 10 %"))
        let explain = try jalon.run("pistes", "explain", karim, "I1310")
        #expect(explain.status == 0, "\(explain.stderr)")
        #expect(explain.stdout.contains("+ débouchés "))
        #expect(
            explain.stdout.split(separator: "\n").contains { $0.hasPrefix("Débouchés ") && $0.contains("× 10 % de l’écart à 100") && $0.contains("tension") })
        let explainJSON = try #require(try json(try jalon.run("pistes", "explain", karim, "I1310", "--json")) as? [String: Any])
        let parts = try #require((explainJSON["components"] as? [String: Any])?["parts"] as? [[String: Any]])
        #expect(parts.last?["name"] as? String == "debouches" && parts.last?["bonus"] as? Bool == true)

        // Off again: the suggestions of before, byte for byte.
        #expect(try jalon.run("profil", "set", karim, "--metiers-qui-recrutent", "non").status == 0)
        #expect(try value(try saved(karim), "count(/p:project/p:profil/p:metiersQuiRecrutent)") == "0")
        let off = try suggestions()
        #expect(
            try JSONSerialization.data(withJSONObject: off.list, options: .sortedKeys)
                == JSONSerialization.data(withJSONObject: before.list, options: .sortedKeys))
    }
}
