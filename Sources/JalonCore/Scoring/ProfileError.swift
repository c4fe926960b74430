import JalonLocale

/// Why answers cannot be scored with a questionnaire.
public enum ProfileError: LocalizedFailure, Equatable {
    /// The answers were given to another questionnaire (or version): scoring them with this key
    /// would be meaningless.
    case wrongQuestionnaire(expected: String, found: String)
    case unknownQuestion(QuestionID)
    case answeredTwice(QuestionID)

    public func message(in language: Language) -> String {
        switch self {
        case .wrongQuestionnaire(let expected, let found):
            language.pick(
                fr: "ces réponses viennent du questionnaire « \(found) », pas de « \(expected) »",
                en: "these answers come from questionnaire '\(found)', not '\(expected)'")
        case .unknownQuestion(let id):
            language.pick(
                fr: "la question « \(id) » n’existe pas dans ce questionnaire",
                en: "question '\(id)' is not in this questionnaire")
        case .answeredTwice(let id):
            language.pick(fr: "la question « \(id) » a deux réponses", en: "question '\(id)' has two answers")
        }
    }
}

extension ProfileError {
    public var failureKind: FailureKind {
        switch self {
        case .wrongQuestionnaire, .unknownQuestion, .answeredTwice: .invalidInput
        }
    }
}
