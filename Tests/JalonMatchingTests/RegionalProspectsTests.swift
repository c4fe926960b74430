import JalonCatalogue
import JalonCore
import JalonLocale
import JalonTestSupport
import Testing

/// The preference « métiers qui recrutent dans ma région » on the real catalogue: off, nothing changes;
/// on, the job prospects are one more bonus that leaves every other part alone, and between fiches equal
/// in all else a stronger tension never ranks lower.
@Suite("Métier matching: the preference « métiers qui recrutent » (real catalogue, seeded)")
struct RegionalProspectsTests {
    typealias R = RealCatalogue
    let index = R.index

    static let doubs = Profil(departement: Departement("25"), metiersQuiRecrutent: true)

    @Test(arguments: [UInt64(11), 12, 13])
    func offIsExactlyAsBefore(seed: UInt64) {
        var generator = SeededGenerator(seed: seed)
        let person = ExplanationAdditivityTests.person(using: &generator)
        var profil = Self.doubs
        profil.metiersQuiRecrutent = false
        let off = person.withRegionalProspects(of: profil, in: R.catalogue)
        #expect(off.prospects == nil)
        #expect(off == person)
        let before = MatchingRanking(index: index, person: person), after = MatchingRanking(index: index, person: off)
        #expect(after.scores == before.scores && after.order == before.order)
        #expect(after.scores.allSatisfy { $0.debouches == nil && $0.parts.count == 5 })
        for match in after.top(10) { #expect(SavedSuggestion(match, language: .fr).composantes.count == 5) }
        // No profile at all: off too.
        #expect(person.withRegionalProspects(of: nil, in: R.catalogue).prospects == nil)
    }

    @Test(arguments: [UInt64(21), 22, 23, 24])
    func onNeverChangesAnotherPart(seed: UInt64) throws {
        var generator = SeededGenerator(seed: seed)
        let person = ExplanationAdditivityTests.person(using: &generator)
        let on = person.withRegionalProspects(of: Self.doubs, in: R.catalogue)
        let prospects = try #require(on.prospects)
        let before = MatchingRanking(index: index, person: person), after = MatchingRanking(index: index, person: on)
        var failures = 0
        for row in 0..<index.ficheCount where failures < 5 {
            let old = before.scores[row], new = after.scores[row]
            let others = old.parts
            let unchanged = others.allSatisfy { new.value($0) == old.value($0) && new.points($0) == old.points($0) }
            let expected = MatchingWeights.debouches(category: prospects.tensions[index.codes[row]]?.category)
            if !unchanged || new.debouches != expected || new.parts != others + [.debouches] || new.total < old.total
                || (new.total - old.total - new.points(.debouches)).magnitude > 1e-9
            {
                failures += 1
                Issue.record("\(index.codes[row]): \(old) → \(new)")
            }
        }
        // The record and the reasons carry the part, its points, and the figure behind it.
        for match in after.top(10) {
            let saved = SavedSuggestion(match, language: .fr)
            let component = try #require(saved.composantes.last)
            #expect(component.nom == "debouches" && component.poids.value == MatchingWeights.debouchesBonus)
            #expect(saved.composantes.reduce(0) { $0 + $1.points!.thousandths } / 100 == match.score.shownTotalTenths)
            if let tension = match.prospects, match.score.shownPointTenths[.debouches]! > 0 {
                #expect(component.elements.first?.code == tension.family)
                #expect(match.reasons(in: .fr).contains { $0.hasPrefix("recrute : tension \(tension.level.rawValue)") && $0.hasSuffix("pts)") })
            }
        }
    }

    /// A person who has said only their level: many fiches have equal other parts. Within each group of
    /// fiches whose other parts are equal to the bit, the ranking lists higher tension categories first.
    @Test func aStrongerTensionNeverRanksLowerThanAnOtherwiseEqualFiche() throws {
        let person = MatchingPerson(diplome: .niveau(Niveau(4)!)).withRegionalProspects(of: Self.doubs, in: R.catalogue)
        let prospects = try #require(person.prospects)
        let ranking = MatchingRanking(index: index, person: person)
        var groups: [[Double]: [Int]] = [:]
        for row in 0..<index.ficheCount {
            let score = ranking.scores[row]
            groups[MatchScore.Part.allCases.filter { $0 != .debouches }.map(score.points), default: []].append(row)
        }
        var compared = 0
        for rows in groups.values where rows.count > 1 {
            let byRank = rows.sorted { ranking.rank(of: index.codes[$0])! < ranking.rank(of: index.codes[$1])! }
            // No figure counts as category 1 (D = 0 for both).
            let categories = byRank.map { prospects.tensions[index.codes[$0]]?.category ?? 1 }
            #expect(categories == categories.sorted(by: >), "\(byRank.map { index.codes[$0] })")
            if Set(categories).count > 1 { compared += 1 }
        }
        #expect(compared > 0, "no group of otherwise-equal fiches with different tensions: the test would prove nothing")
    }

    /// The figures come from the catalogue's one fallback rule: the département when published, else its
    /// region, else France, saying what was asked.
    @Test func prospectsUseTheDepartementThenTheRegionThenFrance() throws {
        let prospects = try #require(R.catalogue.regionalProspects(for: Self.doubs))
        // Every fiche with a national figure has one: the fallback goes as far as France.
        #expect(prospects.tensions.count == R.catalogue.ficheCodes.filter { R.catalogue.tension(of: $0) != nil }.count)
        #expect(prospects.tensions.count > 1_300)
        for (code, tension) in prospects.tensions {
            #expect(tension == R.catalogue.tension(of: code, departement: Departement("25")), "\(code)")
            switch tension.area {
            case .departement(let code): #expect(code == "25" && tension.requestedArea == nil)
            case .region, .france: #expect(tension.requestedArea == .departement("25"))
            }
        }
        #expect(prospects.tensions.values.contains { if case .departement = $0.area { true } else { false } })
        // Without a département, France's figure.
        let france = try #require(R.catalogue.regionalProspects(for: Profil(metiersQuiRecrutent: true)))
        #expect(france.tensions.values.allSatisfy { $0.area == .france && $0.requestedArea == nil })
    }
}
