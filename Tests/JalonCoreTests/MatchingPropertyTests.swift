import JalonCore
import JalonTestSupport
import Testing

/// Random indexes and persons drawn from a fixed seed (so every run checks the same cases).
enum RandomMatching {
    static let letters = Array("ABCDEFGHIJKLMN")

    /// `count` fiches over a pool of 60 items (some of macro families), 30 centres, levels 3–8.
    /// Labels come in ROME's "masculine / feminine" form, or one of the two when `gender` says so.
    static func entries(count: Int, gender: Gender = .both, using generator: inout SeededGenerator) -> [MatchingFicheEntry] {
        let codes = (0..<count).map(code)
        return codes.map { code in
            let riasec = RiasecType.allCases
            let itemOgrs = (0..<Int.random(in: 0...12, using: &generator)).map { _ in Int.random(in: 1...60, using: &generator) }
            return MatchingFicheEntry(
                code: code, label: gender.label(masculine: "Opérateur \(code)", feminine: "Opératrice \(code)"),
                riasecMajor: Bool.random(using: &generator) ? riasec.randomElement(using: &generator) : nil,
                riasecMinor: riasec.randomElement(using: &generator),
                centres: (0..<Int.random(in: 0...4, using: &generator)).map { _ in
                    RomeCentreInteretLink(
                        centreInteret: CentreInteretCode(Int.random(in: 1...30, using: &generator))!, fiche: code,
                        isPrincipal: Bool.random(using: &generator))
                },
                items: itemOgrs.map { ogr in
                    FicheItem(
                        ogr: OgrCode(ogr), label: gender.label(masculine: "Savoir \(ogr) (le technicien)", feminine: "Savoir \(ogr) (la technicienne)"),
                        rubrique: FicheItem.Rubrique.allCases[ogr % 4], coherence: Bool.random(using: &generator) ? .principale : .ordinaire)
                },
                certificationLevels: (0..<Int.random(in: 0...3, using: &generator)).map { _ in Niveau(Int.random(in: 3...8, using: &generator))! },
                isRegulated: Int.random(in: 0..<5, using: &generator) == 0,
                mobilites: (0..<Int.random(in: 0...5, using: &generator)).map { order in
                    Mobilite(target: codes.randomElement(using: &generator)!, order: order + 1)
                })
        }
    }

    /// The code of the `row`-th generated fiche.
    static func code(_ row: Int) -> RomeCode { RomeCode("\(letters[row % letters.count])\(1000 + row)")! }

    enum Gender {
        case both, masculine, feminine
        func label(masculine: String, feminine: String) -> String {
            switch self {
            case .both: "\(masculine) / \(feminine)"
            case .masculine: masculine
            case .feminine: feminine
            }
        }
    }

    static func index(_ entries: [MatchingFicheEntry]) -> MatchingIndex {
        let appellations = Dictionary(uniqueKeysWithValues: entries.enumerated().map { (OgrCode(10_000 + $0.offset), $0.element.code) })
        let families = Dictionary(uniqueKeysWithValues: (1...60).filter { $0 % 3 == 0 }.map { (OgrCode($0), OgrCode($0 - 1)) })
        return MatchingIndex(fiches: entries, appellations: appellations, families: families)
    }

    static func person(fiches: Int, using generator: inout SeededGenerator) -> MatchingPerson {
        var centres: [CentreInteretCode: Rating] = [:]
        for _ in 0..<Int.random(in: 0...12, using: &generator) {
            centres[CentreInteretCode(Int.random(in: 1...30, using: &generator))!] = Rating(Int.random(in: 0...4, using: &generator))!
        }
        let code = Bool.random(using: &generator) ? HollandCode(Array(RiasecType.allCases.shuffled(using: &generator).prefix(3))) : nil
        let skills = (0..<Int.random(in: 0...10, using: &generator)).map { _ in
            MatchingPerson.Skill(item: OgrCode(Int.random(in: 1...70, using: &generator)), maitrise: Maitrise.allCases.randomElement(using: &generator)!)
        }
        let diplome: DiplomeLePlusEleve? = [nil, .aucun, .niveau(Niveau(Int.random(in: 3...8, using: &generator))!)].randomElement(using: &generator)!
        let experiences = (0..<Int.random(in: 0...2, using: &generator)).map { _ in OgrCode(10_000 + Int.random(in: 0..<fiches, using: &generator)) }
        let pick = { (generator: inout SeededGenerator) in
            Set((0..<Int.random(in: 0...2, using: &generator)).map { _ in RandomMatching.code(Int.random(in: 0..<fiches, using: &generator)) })
        }
        let ecartees = pick(&generator)
        return MatchingPerson(
            centres: centres, hollandCode: code, skills: skills, experienceAppellations: experiences, diplome: diplome,
            ecartees: ecartees, retenues: pick(&generator).subtracting(ecartees))
    }
}

@Suite("Métier matching: properties (seeded)")
struct MatchingPropertyTests {
    static let seeds: [UInt64] = [1, 2, 3, 5, 8, 13, 21, 34]

    @Test(arguments: seeds)
    func totalsStayWithinBoundsAndComponentsWithinUnit(seed: UInt64) {
        var generator = SeededGenerator(seed: seed)
        let index = RandomMatching.index(RandomMatching.entries(count: 40, using: &generator))
        for _ in 0..<25 {
            let ranking = MatchingRanking(index: index, person: RandomMatching.person(fiches: 40, using: &generator))
            for score in ranking.scores {
                #expect((0...100).contains(score.total))
                for part in [score.centres, score.interest, score.skill, score.access, score.mobilite, score.preference, score.congruence ?? 0] {
                    #expect((0...1).contains(part))
                }
            }
            // The order is a permutation, best first.
            #expect(Set(ranking.order).count == index.ficheCount)
            // By shown total (tenths); equal shown totals are ties, ordered by skill, interest, code.
            let totals = ranking.order.map { ranking.scores[$0] }.filter { !$0.isExcluded }.map(\.shownTotalTenths)
            #expect(totals == totals.sorted(by: >))
        }
    }

    @Test(arguments: seeds)
    func sameInputsGiveTheSameRanking(seed: UInt64) {
        var first = SeededGenerator(seed: seed), second = SeededGenerator(seed: seed)
        let a = RandomMatching.index(RandomMatching.entries(count: 40, using: &first))
        let b = RandomMatching.index(RandomMatching.entries(count: 40, using: &second))
        #expect(a == b)
        let person = RandomMatching.person(fiches: 40, using: &first)
        let one = MatchingRanking(index: a, person: person), two = MatchingRanking(index: b, person: person)
        #expect(one.order == two.order && one.scores == two.scores)
        #expect(one.top(10) == two.top(10))
        // The person's lists in another order change nothing.
        var shuffled = person
        shuffled.skills.reverse()
        shuffled.experienceAppellations.reverse()
        #expect(MatchingRanking(index: a, person: shuffled).scores == one.scores)
    }

    /// Adding a skill that a fiche lists, at any maîtrise, never lowers that fiche's total.
    @Test(arguments: seeds)
    func addingARequiredSkillNeverLowersTheScore(seed: UInt64) {
        var generator = SeededGenerator(seed: seed)
        let entries = RandomMatching.entries(count: 40, using: &generator)
        let index = RandomMatching.index(entries)
        for _ in 0..<25 {
            let person = RandomMatching.person(fiches: 40, using: &generator)
            let before = MatchingRanking(index: index, person: person)
            let entry = entries.randomElement(using: &generator)!
            guard let item = entry.items.randomElement(using: &generator) else { continue }
            let skill = MatchingPerson.Skill(item: item.ogr, maitrise: Maitrise.allCases.randomElement(using: &generator)!)
            let after = MatchingRanking(index: index, person: person.adding(skill))
            #expect(after.score(of: entry.code)!.total >= before.score(of: entry.code)!.total)
        }
    }

    /// Liking one of a fiche's centres d'intérêt more never lowers that fiche's total.
    @Test(arguments: seeds)
    func likingACentreNeverLowersTheScore(seed: UInt64) {
        var generator = SeededGenerator(seed: seed)
        let entries = RandomMatching.entries(count: 40, using: &generator)
        let index = RandomMatching.index(entries)
        for _ in 0..<25 {
            var person = RandomMatching.person(fiches: 40, using: &generator)
            let before = MatchingRanking(index: index, person: person)
            let entry = entries.randomElement(using: &generator)!
            guard let link = entry.centres.randomElement(using: &generator) else { continue }
            let current = person.centres[link.centreInteret]?.value ?? 0
            person.centres[link.centreInteret] = Rating(Int.random(in: current...4, using: &generator))!
            let after = MatchingRanking(index: index, person: person)
            #expect(after.score(of: entry.code)!.total >= before.score(of: entry.code)!.total)
        }
    }

    /// Masculine, feminine or both forms of every label: identical scores and ranking.
    @Test(arguments: seeds)
    func labelGenderNeverChangesAResult(seed: UInt64) {
        var results: [[MatchScore]] = [], orders: [[Int]] = []
        for gender in [RandomMatching.Gender.both, .masculine, .feminine] {
            var generator = SeededGenerator(seed: seed)
            let index = RandomMatching.index(RandomMatching.entries(count: 40, gender: gender, using: &generator))
            let ranking = MatchingRanking(index: index, person: RandomMatching.person(fiches: 40, using: &generator))
            results.append(ranking.scores)
            orders.append(ranking.order)
            #expect(ranking.top(3).allSatisfy { $0.label.contains(gender == .feminine ? "Opératrice" : "Opérateur") })
        }
        #expect(results[0] == results[1] && results[1] == results[2])
        #expect(orders[0] == orders[1] && orders[1] == orders[2])
    }

    /// A set-aside fiche never appears among the ranked fiches, whatever it would have scored.
    @Test(arguments: seeds)
    func setAsideFichesNeverRank(seed: UInt64) {
        var generator = SeededGenerator(seed: seed)
        let index = RandomMatching.index(RandomMatching.entries(count: 40, using: &generator))
        var person = RandomMatching.person(fiches: 40, using: &generator)
        let best = MatchingRanking(index: index, person: person).ranked(limit: 1)
        person.ecartees.formUnion(best)
        let ranking = MatchingRanking(index: index, person: person)
        #expect(ranking.ranked().allSatisfy { !person.ecartees.contains($0) })
        #expect(ranking.top(10).allSatisfy { !person.ecartees.contains($0.code) })
    }
}
