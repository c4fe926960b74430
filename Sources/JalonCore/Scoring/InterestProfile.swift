/// A person's RIASEC profile computed from their answers: six scores with their components, the
/// Holland code, and the warnings that qualify it. Computed by `Questionnaire.profile(for:)`;
/// formulas and choices: <doc:ComputingTheInterestProfile>.
public struct InterestProfile: Hashable, Sendable {
    /// The questionnaire whose key produced the scores, such as `jalon-riasec-1`.
    public let questionnaire: String
    /// One per type, in hexagon order R-I-A-S-E-C.
    public let scores: [TypeScore]
    /// The six types, best first: by exact score (`raw / maximum`), then by raw sum, then in hexagon
    /// order R-I-A-S-E-C.
    public let ranked: [RiasecType]
    public let warnings: [ProfileWarning]

    /// Below this standard deviation of the six exact percentages, the profile is flagged
    /// `undifferentiated` (see <doc:ComputingTheInterestProfile>).
    public static let uniformityThreshold = 10.0

    /// `scores` has one entry per type (``Questionnaire/profile(for:)`` guarantees it).
    init(questionnaire: String, scores: [TypeScore], expectedAnswers: Int) {
        self.questionnaire = questionnaire
        self.scores = RiasecType.allCases.map { type in scores.first { $0.type == type }! }
        let ranking = self.scores.sorted { lhs, rhs in
            if lhs.exceeds(rhs) { return true }
            if rhs.exceeds(lhs) { return false }
            if lhs.raw != rhs.raw { return lhs.raw > rhs.raw }
            return lhs.type < rhs.type
        }
        ranked = ranking.map(\.type)

        var warnings: [ProfileWarning] = []
        let answered = self.scores.reduce(0) { $0 + $1.answered }
        if answered < expectedAnswers { warnings.append(.incomplete(answered: answered, expected: expectedAnswers)) }
        let deviation = Self.standardDeviation(self.scores.map(\.exactPercent))
        if deviation < Self.uniformityThreshold { warnings.append(.undifferentiated(standardDeviation: deviation)) }
        let tied = ranking.filter { $0.hasSameExactScore(as: ranking[2]) }
        if tied.contains(where: { $0.type == ranking[3].type }) { warnings.append(.tiedThirdLetter(tied.map(\.type))) }
        self.warnings = warnings
    }

    public subscript(type: RiasecType) -> TypeScore { scores[type.hexagonIndex] }

    /// Holland's code: the three best-ranked types.
    public var code: HollandCode { HollandCode(Array(ranked.prefix(3)))! }

    /// Every item of the questionnaire answered.
    public var isComplete: Bool {
        !warnings.contains { if case .incomplete = $0 { true } else { false } }
    }

    /// The code matching may use: nil for a partial questionnaire (one answer `r1=4` would otherwise
    /// make "RIA", I and A chosen by hexagon order) or an undifferentiated profile (its letters would be
    /// noise). A tied third letter keeps its code: two letters are sure, and ``warnings`` says it.
    public var usableCode: HollandCode? { isComplete && !isUndifferentiated ? code : nil }

    public var isUndifferentiated: Bool {
        warnings.contains { if case .undifferentiated = $0 { true } else { false } }
    }

    /// The rounded percentages as project documents keep them (`<profilRiasec>`).
    public func riasecProfile(computed: Timestamp) -> SavedRiasecProfile {
        SavedRiasecProfile(computed: computed, scores: Dictionary(uniqueKeysWithValues: scores.map { ($0.type, $0.percent) }))!
    }

    /// Population standard deviation: the six scores are the whole profile, not a sample of it.
    static func standardDeviation(_ values: [Double]) -> Double {
        let mean = values.reduce(0, +) / Double(values.count)
        let variance = values.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(values.count)
        return variance.squareRoot()
    }
}
