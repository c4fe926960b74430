import Foundation
import JalonTestSupport
import Testing

/// `jalon pistes …` and `jalon passerelles` on Karim's sample, imported into a private store.
@Suite("jalon pistes et passerelles : suggestions, explication, passerelles")
struct MetiersCommandsTests {
    let folder = ScratchFolder()
    var jalon: JalonProcess { JalonProcess(store: folder.path + "/store") }
    let karim = "c811b689-d8d0-46fe-9fb4-072159e7b381"

    init() throws {
        let imported = try JalonProcess(store: folder.path + "/store").run("import", JalonProcess.sample("karim-montbeliard-reconversion.xml"))
        #expect(imported.status == 0, "\(imported.stderr)")
    }

    private func json(_ result: JalonProcess.Result) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    }

    @Test func suggestRanksWithAReasonEach() throws {
        let result = try jalon.run("pistes", "suggest", karim, "--limit", "5", "--json")
        #expect(result.status == 0, "\(result.stderr)")
        let object = try json(result)
        #expect(object["excluded"] as? [String] == ["H2913"])
        let suggestions = try #require(object["suggestions"] as? [[String: Any]])
        #expect(suggestions.map { $0["rank"] as? Int } == [1, 2, 3, 4, 5])
        let totals = suggestions.compactMap { $0["total"] as? Double }
        #expect(totals == totals.sorted(by: >) && totals.count == 5)
        #expect(suggestions.allSatisfy { ($0["reasons"] as? [String])?.isEmpty == false })
        let components = try #require(suggestions.first?["components"] as? [[String: Any]])
        #expect(components.compactMap { $0["name"] as? String } == ["interets", "competences", "acces", "mobilite", "preferences"])
        // The components' points add up to the total shown.
        let points = components.compactMap { $0["points"] as? Double }.reduce(0, +)
        #expect(abs(points - (totals.first ?? -1)) < 0.05)
        // The one suggestion shape, the API's too (ComputedRouteTests checks its answers against the same schema).
        #expect(try JSONSchemaSubset.project("suggestions-1.0.schema.json").violations(of: JSONValue.parse(Array(result.stdout.utf8))) == [])
        // The same call twice ranks the same, in the same bytes; only the revision ranked from moved (the first call saved).
        let again = try json(try jalon.run("pistes", "suggest", karim, "--limit", "5", "--json"))
        #expect(again["revision"] as? Int == (object["revision"] as? Int).map { $0 + 1 })
        #expect(
            try JSONSerialization.data(withJSONObject: again["suggestions"]!, options: .sortedKeys)
                == JSONSerialization.data(withJSONObject: object["suggestions"]!, options: .sortedKeys))
        let text = try jalon.run("pistes", "suggest", karim, "--limit", "3")
        #expect(text.stdout.contains("pourquoi : ") && text.stdout.contains("écartés : H2913"))
        let english = try jalon.run("pistes", "suggest", karim, "--limit", "3", "--lang", "en")
        #expect(english.stdout.contains("why: ") && english.stdout.contains("set aside: H2913"))
    }

    /// A catalogue of the previous format (before the stored matching index) is refused in one sentence
    /// naming the command that rebuilds it, and nothing is saved.
    @Test func aCatalogueOfThePreviousFormatIsRefusedWithTheRebuildCommand() throws {
        let old = folder.path + "/ancien.jcat"
        // A format-2 header: magic, version 2, no section.
        try Data(Array("JALONCAT".utf8) + [2, 0, 0, 0, 0, 0, 0, 0]).write(to: URL(fileURLWithPath: old))
        let before = try jalon.run("history", karim)
        let result = try jalon.run("pistes", "suggest", karim, "--catalogue", old)
        #expect(result.status != 0)
        #expect(result.stderr.contains("au format 2") && result.stderr.contains("jalon catalogue build"), "\(result.stderr)")
        #expect(try jalon.run("history", karim).stdout == before.stdout)
    }

    @Test func explainTakesTheScoreApartWithLevers() throws {
        let result = try jalon.run("pistes", "explain", karim, "i1310", "--json")
        #expect(result.status == 0, "\(result.stderr)")
        let object = try json(result)
        #expect(object["code"] as? String == "I1310")
        #expect(object["retenue"] as? Bool == true)
        let matched = try #require(object["matchedItems"] as? [[String: Any]])
        #expect(matched.contains { $0["ogr"] as? Int == 106679 && $0["source"] as? String == "own" })
        #expect(!(try #require(object["missingItems"] as? [[String: Any]])).isEmpty)
        let levers = try #require(object["levers"] as? [[String: Any]])
        let total = try #require(object["total"] as? Double)
        #expect(!levers.isEmpty && levers.allSatisfy { ($0["newTotal"] as? Double ?? 0) > total })
        let text = try jalon.run("pistes", "explain", karim, "I1310")
        #expect(text.stdout.contains("Leviers") && text.stdout.contains("Accès") && text.stdout.contains("★ J'aime le travail manuel"))
    }

    /// From a CAP (level 3), N1302 (responsable entrepôt logistique) starts at level 5 with a titre
    /// professionnel, which admits without a diploma: one step, not two. The explanation says so and
    /// counts one step (access 75 %), as the fiche's training paths do.
    @Test func explainCountsACertificationOpenWithoutDiplomaAsOneStep() throws {
        let created = try jalon.run("init", "--name", "Yanis")
        let id = try #require(created.stdout.split(separator: "\n").first.map { String($0).trimmingCharacters(in: .whitespaces) })
        #expect(try jalon.run("profil", "set", id, "--diplome", "3").status == 0)
        let text = try jalon.run("pistes", "explain", id, "N1302")
        #expect(text.status == 0, "\(text.stderr)")
        let reason =
            "une seule étape pour 2 niveaux d’écart : une certification de niveau 5 s’obtient sans condition de diplôme (titre professionnel du ministère du Travail)"
        #expect(text.stdout.contains("  · " + reason), "\(text.stdout)")
        #expect(text.stdout.contains("Accès 75 % × 25 %"), "\(text.stdout)")
        #expect(text.stdout.contains("une certification à obtenir, accessible sans diplôme (accès −6,3 pts)"), "\(text.stdout)")
        #expect(!text.stdout.contains("niveau(x) de diplôme"), "\(text.stdout)")
        let english = try jalon.run("pistes", "explain", id, "N1302", "--lang", "en")
        #expect(
            english.stdout.contains(
                "one step for a 2-level gap: a level 5 certification is open without a diploma condition (titre professionnel of the ministry of labour)"),
            "\(english.stdout)")
        let access = try #require(try json(try jalon.run("pistes", "explain", id, "N1302", "--json"))["access"] as? [String: Any])
        #expect(access["reasons"] as? [String] == [reason])
        // The training paths: the titre professionnel is one step, entered without a diploma.
        let paths = try #require(try json(try jalon.run("formations", id, "N1302", "--json"))["paths"] as? [[String: Any]])
        let direct = paths.filter { ($0["niveau"] as? Int) == 5 && ($0["steps"] as? [[String: Any]])?.count == 1 }
        #expect(
            direct.contains {
                (($0["steps"] as? [[String: Any]])?.first?["entry"] as? String)?.hasPrefix("titre professionnel du ministère du Travail") == true
            },
            "\(paths.map { ($0["certification"] ?? "", ($0["steps"] as? [[String: Any]])?.map { $0["entry"] ?? "" } ?? []) })")
    }

    @Test func passerellesFromExperiencesOrFromACode() throws {
        let all = try json(try jalon.run("passerelles", karim, "--json", "--limit", "3"))
        let sources = try #require(all["sources"] as? [[String: Any]])
        #expect(sources.map { $0["fiche"] as? String } == ["H2909", "H2906"])
        let fromCode = try json(try jalon.run("passerelles", karim, "--from", "I1310", "--json", "--limit", "3"))
        let first = try #require((fromCode["sources"] as? [[String: Any]])?.first?["passerelles"] as? [[String: Any]])
        #expect(first.first?["code"] as? String == "I1304")
        #expect((first.first?["reasons"] as? [String])?.first?.contains("mobilité ROME n° 1") == true)
        let fromAppellation = try jalon.run("passerelles", karim, "--from", "16477", "--limit", "2")
        #expect(fromAppellation.status == 0 && fromAppellation.stdout.contains("Depuis I1310"))
    }

    @Test func failuresAreOneSentenceAndANonZeroExit() throws {
        let cases: [([String], Int32)] = [
            (["pistes", "explain", karim, "Z9999"], 66),
            (["pistes", "explain", karim, "pas-un-code"], 66),
            (["passerelles", karim, "--from", "123"], 66),
            (["pistes", "suggest", karim, "--limit", "0"], 64),
            (["pistes", "suggest", "00000000-0000-0000-0000-000000000000"], 66)
        ]
        for (arguments, status) in cases {
            let result = try jalon.run(arguments: arguments)
            #expect(result.status == status, "\(arguments): \(result.stderr)")
            let lines = result.stderr.split(separator: "\n")
            #expect(lines.count == 1 && lines[0].hasPrefix("jalon: "), "\(result.stderr)")
        }
        // A new project has no experience, so passerelles need a starting point; and it says nothing of
        // interests or skills, so nothing is suggested (no alphabetical "top 10"): a sentence saying what
        // to do, exit 1, nothing saved.
        let created = try jalon.run("init", "--name", "Inès")
        let id = try #require(created.stdout.split(separator: "\n").first.map { String($0).trimmingCharacters(in: .whitespaces) })
        let none = try jalon.run("passerelles", id)
        #expect(none.status == 64 && none.stderr.contains("--from"), "\(none.stderr)")
        let revisions = try jalon.run("history", id).stdout
        let empty = try jalon.run("pistes", "suggest", id, "--limit", "3")
        #expect(empty.status == 1 && empty.stdout.isEmpty, "\(empty.stdout)")
        #expect(empty.stderr.contains("Pas encore de suggestions") && empty.stderr.contains("au moins 5 centres"), "\(empty.stderr)")
        #expect(try jalon.run("history", id).stdout == revisions)
        // One centre rated: provisional suggestions, said so first, saved with the reason.
        #expect(try jalon.run("interets", "rate", id, "27", "4").status == 0)
        let thin = try jalon.run("pistes", "suggest", id, "--limit", "3")
        #expect(thin.status == 0 && thin.stdout.contains("⚠ suggestions provisoires : 1 centre(s) d’intérêt noté(s)"), "\(thin.stdout)")
        #expect(thin.stdout.contains("= "), "ties are marked: \(thin.stdout)")
    }
}
