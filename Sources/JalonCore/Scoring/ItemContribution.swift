/// One answer as it counted for its type: what the person said, and the points it earned (the same
/// unless the item is reverse-scored). Lets a screen say « vous aimez "Aider une personne…" (4) ».
public struct ItemContribution: Hashable, Sendable {
    public let question: QuestionID
    public let answer: Rating
    public let points: Int

    public init(question: QuestionID, answer: Rating, points: Int) {
        self.question = question
        self.answer = answer
        self.points = points
    }
}
