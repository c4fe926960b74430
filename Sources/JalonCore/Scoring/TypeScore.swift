/// The score of one RIASEC type with everything it is made of.
///
/// `percent = round(100 × raw / maximum)`, rounding halves up, where `maximum = 4 × answered items of
/// the type`: the share of the best possible answers the person gave to this type's items. Dividing
/// by the answered items (not all the type's items) keeps a half-finished questionnaire meaningful;
/// `ProfileWarning.incomplete` says when that is the case.
public struct TypeScore: Hashable, Sendable {
    public let type: RiasecType
    /// Sum of the points of the answered items of this type.
    public let raw: Int
    /// 4 × answered items: the raw sum of someone who answered « J'aime beaucoup » to all of them.
    public let maximum: Int
    /// How many items of this type the questionnaire has (answered or not).
    public let itemCount: Int
    /// The answers that made `raw`, in questionnaire order.
    public let contributions: [ItemContribution]

    public init(type: RiasecType, itemCount: Int, contributions: [ItemContribution]) {
        self.type = type
        self.itemCount = itemCount
        self.contributions = contributions
        raw = contributions.reduce(0) { $0 + $1.points }
        maximum = Rating.range.upperBound * contributions.count
    }

    public var answered: Int { contributions.count }

    /// `100 × raw / maximum` before rounding; 0 when nothing of this type is answered.
    public var exactPercent: Double { maximum == 0 ? 0 : 100 * Double(raw) / Double(maximum) }

    /// `exactPercent` rounded half up, in integers so it is the same on every machine (0…100).
    public var percent: Int { maximum == 0 ? 0 : (200 * raw + maximum) / (2 * maximum) }

    /// The contributions by decreasing points (ties in questionnaire order): what to quote first
    /// when explaining the score.
    public var strongest: [ItemContribution] {
        contributions.enumerated().sorted { ($0.element.points, $1.offset) > ($1.element.points, $0.offset) }.map(\.element)
    }

    /// Orders by the exact score `raw / maximum` without floating point: `a/b > c/d ⇔ a·d > c·b`.
    func exceeds(_ other: TypeScore) -> Bool {
        raw * Swift.max(other.maximum, 1) > other.raw * Swift.max(maximum, 1)
    }

    func hasSameExactScore(as other: TypeScore) -> Bool {
        !exceeds(other) && !other.exceeds(self)
    }
}
