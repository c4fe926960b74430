/// One activity statement of the RIASEC questionnaire and its scoring key: the type it counts for,
/// and whether the answer counts backwards (liking the activity lowers the type's score).
public struct QuestionnaireItem: Hashable, Sendable {
    /// The id project documents store in `<reponse question="…">`, such as `s1`.
    public let id: QuestionID
    public let type: RiasecType
    public let text: LocalizedText
    /// Reverse-scored: an answer `v` counts as `4 − v`. `jalon-riasec-1` uses none (every item is an
    /// activity one may like), but the format allows them so a later version can add some.
    public let isReversed: Bool

    public init(id: QuestionID, type: RiasecType, text: LocalizedText, isReversed: Bool = false) {
        self.id = id
        self.type = type
        self.text = text
        self.isReversed = isReversed
    }

    /// The points an answer earns for `type`.
    public func points(for answer: Rating) -> Int {
        isReversed ? Rating.range.upperBound - answer.value : answer.value
    }
}
