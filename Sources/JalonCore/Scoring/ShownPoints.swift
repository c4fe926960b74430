/// Points as shown to a person, in tenths, so that the parts shown add up exactly to the total shown:
/// each part is rounded down, then the tenths still missing go to the parts with the largest remainders
/// (ties: the earlier part). Used for métier scores and training-path scores alike.
public enum ShownPoints {
    /// The total as shown: 10 × the sum of `points`, rounded (halves away from zero).
    public static func totalTenths(_ points: [Double]) -> Int { Int((points.reduce(0, +) * 10).rounded()) }

    /// One figure per part (≥ 0 each), in tenths, adding up to ``totalTenths(_:)``.
    public static func tenths(_ points: [Double]) -> [Int] {
        let exact = points.map { $0 * 10 }
        var shown = exact.map { Int($0.rounded(.down)) }
        // Σ of the floors is a whole number ≤ 10 × total, so it is ≤ the rounded total: fewer tenths miss
        // than there are parts, plus one.
        let missing = totalTenths(points) - shown.reduce(0, +)
        let byRemainder = exact.indices.sorted { (exact[$0] - Double(shown[$0]), -$0) > (exact[$1] - Double(shown[$1]), -$1) }
        for position in byRemainder.prefix(max(0, missing)) { shown[position] += 1 }
        return shown
    }
}
