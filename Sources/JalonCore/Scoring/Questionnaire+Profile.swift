extension Questionnaire {
    /// Scores `answers` with this questionnaire's key. Deterministic, and independent of the order
    /// of the answers: contributions are gathered in questionnaire order.
    public func profile(for answers: RiasecAnswers) throws(ProfileError) -> InterestProfile {
        guard answers.questionnaire == id else { throw .wrongQuestionnaire(expected: id, found: answers.questionnaire) }
        var byQuestion: [QuestionID: Rating] = [:]
        for answer in answers.reponses {
            guard item(answer.question) != nil else { throw .unknownQuestion(answer.question) }
            guard byQuestion.updateValue(answer.rating, forKey: answer.question) == nil else {
                throw .answeredTwice(answer.question)
            }
        }
        let scores = RiasecType.allCases.map { type in
            let itemsOfType = items(of: type)
            let contributions = itemsOfType.compactMap { item in
                byQuestion[item.id].map { ItemContribution(question: item.id, answer: $0, points: item.points(for: $0)) }
            }
            return TypeScore(type: type, itemCount: itemsOfType.count, contributions: contributions)
        }
        return InterestProfile(questionnaire: id, scores: scores, expectedAnswers: items.count)
    }
}
