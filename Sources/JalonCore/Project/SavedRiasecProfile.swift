/// The profile computed from the answers: a score 0–100 for each of the six types, kept with the time
/// of computation so a later change of answers shows the profile as stale instead of recomputing it
/// behind the person's back.
public struct SavedRiasecProfile: Hashable, Sendable {
    public var computed: Timestamp
    private var scores: [RiasecType: Int]

    public static let scoreRange = 0...100

    /// Nil unless every type has a score in 0…100.
    public init?(computed: Timestamp, scores: [RiasecType: Int]) {
        guard RiasecType.allCases.allSatisfy({ scores[$0].map(Self.scoreRange.contains) == true }) else { return nil }
        self.computed = computed
        self.scores = scores
    }

    public subscript(type: RiasecType) -> Int { scores[type]! }

    /// The types by decreasing score; ties keep the hexagon's order, so the code is deterministic.
    public var ranked: [RiasecType] {
        RiasecType.allCases.sorted { (self[$0], $1) > (self[$1], $0) }
    }

    /// Holland's code: the three highest types, such as `SAE`.
    public var code: String { String(ranked.prefix(3).map(\.rawValue).joined()) }
}
