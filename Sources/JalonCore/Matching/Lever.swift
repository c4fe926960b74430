/// A skill that would raise a fiche's score: acquiring an item the person lacks, or reaching
/// ``MatchingWeights/leverMaitrise`` in one they hold at a lower level. `newTotal` is the fiche's total
/// re-scored with that skill added, not an estimate.
public struct Lever: Sendable, Equatable {
    public let item: OgrCode
    public let label: String
    public let rubrique: FicheItem.Rubrique
    public let isCoeurDeMetier: Bool
    /// The person's current maîtrise of the item itself (nil when they lack it).
    public let current: Maitrise?
    public let target: Maitrise
    public let newTotal: Double
    /// newTotal − the current total, in points.
    public let gain: Double
}

extension MatchingRanking {
    /// The skills that raise the fiche's total most, best first (ties: cœur de métier first, then by
    /// item code); only levers with a positive gain. Empty for an unknown or set-aside fiche.
    public func levers(for code: RomeCode, limit: Int = 5) -> [Lever] {
        guard let row = index.row(of: code), !scores[row].isExcluded else { return [] }
        let target = MatchingWeights.leverMaitrise
        let current = scores[row].total
        var levers: [Lever] = []
        // One copy of the person's arrays, each candidate applied then undone: the same arithmetic as
        // scoring the person with that skill from scratch (the tests check it), without a copy per item.
        var scratch = query
        for position in index.itemRange(row) {
            let id = Int(index.itemID[position])
            guard query.exact[id] < MatchingWeights.credit(target) else { continue }
            let skill = MatchingPerson.Skill(item: index.itemOgr[id], maitrise: target)
            let newTotal = scratch.with(skill, index: index) { index.score(row: row, query: $0).total }
            guard newTotal > current else { continue }
            levers.append(
                Lever(
                    item: skill.item, label: index.itemLabel[id], rubrique: index.itemRubrique[id],
                    isCoeurDeMetier: index.itemCoeur[position], current: person.maitrise(of: skill.item), target: target,
                    newTotal: newTotal, gain: newTotal - current))
        }
        return Array(
            levers.sorted {
                ($0.gain, $0.isCoeurDeMetier ? 1 : 0, $1.item) > ($1.gain, $1.isCoeurDeMetier ? 1 : 0, $0.item)
            }.prefix(limit))
    }
}
