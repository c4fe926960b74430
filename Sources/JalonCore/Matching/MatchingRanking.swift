/// Every fiche scored for one person and ranked: best total first, ties broken by ROME code
/// (ascending); fiches the person set aside come last, whatever their score would be.
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
        // Set-aside fiches score 0 and sort after every other (a key of −1); rows are in code order, so
        // the row is the tie-break by code.
        var keyed = scores.indices.map { (key: scores[$0].isExcluded ? -1 : scores[$0].total, row: $0) }
        keyed.sort { $0.key != $1.key ? $0.key > $1.key : $0.row < $1.row }
        order = keyed.map(\.row)
    }

    /// The score of a fiche; nil when the index does not know it.
    public func score(of code: RomeCode) -> MatchScore? { index.row(of: code).map { scores[$0] } }

    /// The fiche's place in the ranking, 1 for the best.
    public func rank(of code: RomeCode) -> Int? {
        index.row(of: code).flatMap { row in order.firstIndex(of: row).map { $0 + 1 } }
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
