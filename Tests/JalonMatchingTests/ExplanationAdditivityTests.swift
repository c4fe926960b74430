import JalonCore
import JalonLocale
import JalonTestSupport
import Testing

/// Random persons on the real catalogue, every fiche: what is shown adds up, and skills behave.
@Suite("Métier matching: explanations add up (real catalogue, seeded)")
struct ExplanationAdditivityTests {
    typealias R = RealCatalogue
    let index = R.index

    /// A person drawn from the catalogue: up to 12 rated centres, a code or not, 0–40 items of random
    /// fiches at random maîtrises, 0–2 experiences, a level or not, a kept and a set-aside fiche or not.
    static func person(using generator: inout SeededGenerator) -> MatchingPerson {
        let index = R.index
        var centres: [CentreInteretCode: Rating] = [:]
        for _ in 0..<Int.random(in: 0...12, using: &generator) {
            centres[CentreInteretCode(Int.random(in: 1...30, using: &generator))!] = Rating(Int.random(in: 0...4, using: &generator))!
        }
        func fiche() -> RomeCode { index.codes[Int.random(in: 0..<index.ficheCount, using: &generator)] }
        let skills = (0..<Int.random(in: 0...40, using: &generator)).map { _ in
            let items = R.catalogue.items(of: fiche()).filter { $0.rubrique != .contexte }
            return MatchingPerson.Skill(
                item: items[Int.random(in: 0..<items.count, using: &generator)].ogr,
                maitrise: Maitrise(rawValue: Int.random(in: 1...4, using: &generator))!)
        }
        let experiences = (0..<Int.random(in: 0...2, using: &generator)).compactMap { _ in R.principalAppellation(of: fiche()) }
        let codes = ["RIA", "SEC", "CRI", "AES", "IR"]
        return MatchingPerson(
            centres: centres, hollandCode: Bool.random(using: &generator) ? HollandCode(codes.randomElement(using: &generator)!) : nil,
            skills: skills, experienceAppellations: experiences,
            diplome: Bool.random(using: &generator) ? .niveau(Niveau(Int.random(in: 3...7, using: &generator))!) : nil,
            ecartees: Bool.random(using: &generator) ? [fiche()] : [], retenues: Bool.random(using: &generator) ? [fiche(), fiche()] : [])
    }

    @Test(arguments: [UInt64(1), 2, 3, 4, 5, 6, 7, 8])
    func pointsAddUpToTheTotalOnEveryFiche(seed: UInt64) {
        var generator = SeededGenerator(seed: seed)
        let person = Self.person(using: &generator)
        let ranking = MatchingRanking(index: index, person: person)
        var failures = 0
        for row in 0..<index.ficheCount where failures < 5 {
            let score = ranking.scores[row]
            // Every part, the job prospects included: absent (not asked for), they add nothing.
            let exact = MatchScore.Part.allCases.reduce(0) { $0 + score.points($1) }
            let shown = score.shownPointTenths
            // The exact points are the total, to the bit; the shown points are the shown total, exactly.
            if exact != score.total || shown.count != score.parts.count || score.parts.reduce(0, { $0 + shown[$1]! }) != score.shownTotalTenths
                || shown.values.contains(where: { $0 < 0 })
            {
                failures += 1
                Issue.record("\(index.codes[row]): \(score)")
            }
        }
        // The saved record, the API's view of it, and the explanation of a sample of fiches agree too.
        for match in ranking.top(25) + [index.codes[0], index.codes[800]].compactMap(ranking.match(for:)) {
            let saved = SavedSuggestion(match, language: .fr)
            let tenths = saved.composantes.reduce(0) { $0 + $1.points!.thousandths } / 100
            #expect(tenths == match.score.shownTotalTenths, "\(match.code)")
            #expect(saved.score == Int((Double(match.score.shownTotalTenths) / 10).rounded()))
            // Without the preference « métiers qui recrutent », the five parts of before, and only them.
            #expect(saved.composantes.map(\.nom) == ["interets", "competences", "acces", "mobilite", "preferences"])
            // The skill value is the explained items' weight over the fiche's full-skill weight.
            let skill = match.totalWeight > 0 ? min(1, match.matchedWeight / (MatchingWeights.fullSkillShare * match.totalWeight)) : 0
            #expect(abs(skill - match.score.skill) < 1e-12)
            // Reasons with points come strongest first.
            let points = match.reasons(in: .fr).compactMap(Self.points(in:))
            #expect(points == points.sorted(by: >), "\(match.code): \(match.reasons(in: .fr))")
        }
    }

    /// "… (+12,3 pts)" → 12.3.
    static func points(in reason: String) -> Double? {
        guard let open = reason.range(of: "(+", options: .backwards), let close = reason.range(of: " pts)", options: .backwards) else { return nil }
        return Double(reason[open.upperBound..<close.lowerBound].replacingOccurrences(of: ",", with: "."))
    }

    /// Adding a skill no item of a fiche is related to (not listed, not in the family of a listed item)
    /// never changes that fiche's skill score; adding one it lists never lowers it.
    @Test(arguments: [UInt64(11), 12, 13, 14])
    func anUnrelatedSkillNeverRaisesAFichesSkillScore(seed: UInt64) {
        var generator = SeededGenerator(seed: seed)
        let person = Self.person(using: &generator)
        let before = MatchingRanking(index: index, person: person)
        for _ in 0..<6 {
            let other = index.codes[Int.random(in: 0..<index.ficheCount, using: &generator)]
            let items = R.catalogue.items(of: other).filter { $0.rubrique != .contexte }
            let skill = MatchingPerson.Skill(item: items[Int.random(in: 0..<items.count, using: &generator)].ogr, maitrise: .expertise)
            let after = MatchingRanking(index: index, person: person.adding(skill))
            for row in 0..<index.ficheCount {
                if after.scores[row].skill > before.scores[row].skill {
                    // Only a fiche that lists the item or an item of its family may gain.
                    // The credit rule: the item itself, its macro-compétence, or a detailed compétence of it.
                    let macro = { (ogr: OgrCode) in R.catalogue.competence(ogr)?.macroCompetence }
                    let related = R.catalogue.items(of: index.codes[row]).contains { item in
                        item.ogr == skill.item || macro(item.ogr) == skill.item || macro(skill.item) == item.ogr
                    }
                    #expect(related, "\(index.codes[row]) gained from \(skill.item)")
                }
            }
        }
    }
}
