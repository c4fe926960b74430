/// One answer to an item of the RIASEC questionnaire (`Resources/` ships the questionnaire; the
/// document keeps only the item id and the answer, so the wording can be improved later).
public struct RiasecAnswer: Hashable, Sendable {
    public var question: QuestionID
    public var rating: Rating

    public init(question: QuestionID, rating: Rating) {
        self.question = question
        self.rating = rating
    }
}
