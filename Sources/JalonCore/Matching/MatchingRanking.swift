/// Every fiche scored for one person and ranked: best total as shown (to the tenth of a point) first;
/// equal shown totals are a tie, ordered by the skill fit (what the person has shown they can do), then
/// the interest fit, then ROME code (ascending), and each match says which ranks it shares
/// (``MetierMatch/tiedRanks``); fiches the person set aside come last, whatever their score would be.
public struct MatchingRanking: Sendable, Equatable {
    public let index: MatchingIndex
    public let person: MatchingPerson
    let query: MatchingQuery
    /// One score per fiche row (the index's order, by code).
    public let scores: [MatchScore]
    /// Rows, best first.
    public let order: [Int]

    public init(index: MatchingIndex, person: MatchingPerson) {
        self.init(index: index, person: person, query: MatchingQuery(person: person, index: index))
    }

    init(index: MatchingIndex, person: MatchingPerson, query: MatchingQuery) {
        self.index = index
        self.person = person
        self.query = query
        let matched = index.matchedWeights(query: query)
        let scores = (0..<index.ficheCount).map { index.score(row: $0, query: query, matched: matched[$0]) }
        self.scores = scores
        // Set-aside fiches sort after every other (a key of −1); rows are in code order, so the row is
        // the last tie-break.
        let keyed = scores.indices.map { (key: scores[$0].isExcluded ? -1 : scores[$0].shownTotalTenths, row: $0) }
        let sorted = keyed.sorted { a, b in
            if a.key != b.key { return a.key > b.key }
            let x = scores[a.row], y = scores[b.row]
            return (x.skill, x.interest, b.row) > (y.skill, y.interest, a.row)
        }
        order = sorted.map(\.row)
        var position = [Int](repeating: 0, count: scores.count)
        for (place, row) in order.enumerated() { position[row] = place }
        self.position = position
    }

    /// Each row's 0-based place in `order`.
    let position: [Int]

    /// The 1-based ranks sharing `row`'s shown total; nil when no other fiche shares it.
    func tiedRanks(row: Int) -> ClosedRange<Int>? {
        let key = scores[row].shownTotalTenths, place = position[row]
        let same = { (other: Int) in !self.scores[other].isExcluded && self.scores[other].shownTotalTenths == key }
        guard !scores[row].isExcluded else { return nil }
        var first = place, last = place
        while first > 0, same(order[first - 1]) { first -= 1 }
        while last + 1 < order.count, same(order[last + 1]) { last += 1 }
        return first == last ? nil : (first + 1)...(last + 1)
    }

    /// The score of a fiche; nil when the index does not know it.
    public func score(of code: RomeCode) -> MatchScore? { index.row(of: code).map { scores[$0] } }

    /// The fiche's place in the ranking, 1 for the best.
    public func rank(of code: RomeCode) -> Int? {
        index.row(of: code).map { position[$0] + 1 }
    }

    /// Codes, best first, without the fiches the person set aside.
    public func ranked(limit: Int = .max) -> [RomeCode] {
        order.lazy.filter { !scores[$0].isExcluded }.prefix(limit).map { index.codes[$0] }
    }

    /// The best `limit` matches, explained; set-aside fiches are left out.
    public func top(_ limit: Int) -> [MetierMatch] {
        ranked(limit: limit).compactMap(match(for:))
    }
}
