import Foundation
import JalonCore
import Testing

@testable import JalonCatalogue

/// The free-text experience search on the bundled catalogue: accuracy on the evaluation set, ROME's own
/// titles as a regression guard, the phrases of the issue, and the texts it refuses.
@Suite("Expériences en texte libre", .enabled(if: TestData.isBundled, "aucun catalogue embarqué dans Resources/Catalogue"))
struct ExperienceSearchTests {
    static let catalogue = Result { try Catalogue(contentsOf: TestData.bundledArtifact) }

    @Test func theEvaluationSetIsLargeAndVaried() {
        let phrases = ExperienceEvaluation.phrases
        #expect(phrases.count >= 150)
        let registers = Dictionary(grouping: phrases, by: \.register).mapValues(\.count)
        for register in ["emploi", "saisonnier", "benevolat", "stage", "informel", "familier", "faute"] {
            #expect(registers[register, default: 0] >= 5, "registre \(register) : \(registers[register, default: 0]) phrases")
        }
    }

    /// The README's figures: before (the catalogue search, as `add-experience` used it) and after.
    @Test func accuracyOnTheEvaluationSet() throws {
        let catalogue = try Self.catalogue.get()
        let before = ExperienceEvaluation.evaluate(ExperienceEvaluation.catalogueSearchRanking(catalogue))
        let after = ExperienceEvaluation.evaluate(ExperienceEvaluation.experienceRanking(catalogue))
        print(
            "évaluation (\(ExperienceEvaluation.phrases.count) phrases) — recherche du catalogue : top-1 \(Self.percent(before.top1)), top-5 \(Self.percent(before.top5)) ; recherche d'expériences : top-1 \(Self.percent(after.top1)), top-5 \(Self.percent(after.top5))"
        )
        for miss in after.misses { print("  manqué : « \(miss.phrase) » → \(miss.proposed.joined(separator: " "))") }
        #expect(after.top5 >= Self.top5Floor, "top-5 \(Self.percent(after.top5))")
        #expect(after.top1 >= Self.top1Floor, "top-1 \(Self.percent(after.top1))")
        #expect(after.top5 > before.top5 && after.top1 > before.top1)
    }

    static let top5Floor = 0.90
    static let top1Floor = 0.70

    /// Regression guard: an appellation's own title finds its fiche first (one appellation in seven,
    /// every one in the benchmark). A title shared by two fiches counts when the first candidate bears it.
    @Test func romeTitlesFindTheirFicheFirst() throws {
        let catalogue = try Self.catalogue.get()
        var found = 0, total = 0
        var missed: [String] = []
        for row in stride(from: 0, to: catalogue.appellationCount, by: 7) {
            guard let appellation = catalogue.appellation(row: row) else { continue }
            total += 1
            let first = try catalogue.experienceCandidates(appellation.longLabel).candidates.first
            if first?.appellation.fiche == appellation.fiche || first?.appellation.longLabel == appellation.longLabel {
                found += 1
            } else if missed.count < 15 {
                missed.append(
                    "\(appellation.longLabel) (\(appellation.fiche)) → \(first.map { "\($0.appellation.longLabel) (\($0.appellation.fiche))" } ?? "rien")")
            }
        }
        let accuracy = Double(found) / Double(total)
        print("titres ROME : \(found)/\(total) = \(Self.percent(accuracy))")
        for line in missed { print("  \(line)") }
        #expect(accuracy >= Self.titleFloor)
    }

    static let titleFloor = 0.95

    @Test func volunteeringInAnEhpadOffersCareJobs() throws {
        let matches = try Self.catalogue.get().experienceCandidates("bénévole en EHPAD")
        let fiches = Set(matches.candidates.map(\.appellation.fiche.rawValue))
        // Aide-soignant, ASH, AES / assistant de vie, animation in old people's homes.
        #expect(fiches.isSubset(of: ["J1501", "J1301", "K1302", "K1306", "K1311", "K1206", "K1217", "K1301", "K1305"]), "\(fiches)")
        #expect(fiches.count == 5)
        #expect(matches.candidates.allSatisfy { !$0.appellation.longLabel.localizedCaseInsensitiveContains("bénévoles") })
    }

    @Test(arguments: [
        ("j'ai gardé des enfants", "K1303"), ("serveuse l'été dans un camping", "G1803"), ("stage dans un garage", "I1604"),
        ("bénévole aux Restos du cœur", "K1205"), ("aide-soignante", "J1501"), ("caissière", "D1505")
    ])
    func issuePhrasesFindTheirFiche(text: String, fiche: String) throws {
        let matches = try Self.catalogue.get().experienceCandidates(text)
        #expect(matches.candidates.map(\.appellation.fiche.rawValue).contains(fiche), "« \(text) » → \(matches.candidates.map(\.appellation.longLabel))")
    }

    @Test func aPlainTitleLeadsClearly() throws {
        let leader = try #require(try Self.catalogue.get().experienceCandidates("aide-soignante").leader)
        #expect(leader.appellation.fiche.rawValue == "J1501")
    }

    @Test(arguments: [
        ("", ExperienceTextError.empty), ("   \n ", .empty), ("a", .tooShort("a")), ("🙂🎉", .noWords), ("— !", .noWords),
        (String(repeating: "serveuse ", count: 1_112), .tooLong(count: 10_008)),
        // Found by schemathesis: two words padded past the limit with tabs were searched.
        ("serveuse camping" + String(repeating: "\t", count: 300), .tooLong(count: 316))
    ])
    func badTextIsRefusedWithASentence(text: String, error: ExperienceTextError) throws {
        let catalogue = try Self.catalogue.get()
        #expect(throws: error) { try catalogue.experienceCandidates(text) }
        #expect(!error.message(in: .fr).isEmpty)
    }

    @Test func everyTableRowSaysWhy() {
        for row in EverydayWords.table {
            #expect(!row.key.isEmpty && row.reason.count > 10, "\(row.key)")
        }
        #expect(Set(EverydayWords.table.map(\.key)).count == EverydayWords.table.count)
    }

    static func percent(_ value: Double) -> String { String(format: "%.1f %%", value * 100) }
}
