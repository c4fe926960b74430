import JalonLocale

/// Why a set of items cannot make a questionnaire Jalon can score.
public enum QuestionnaireError: LocalizedFailure, Equatable {
    case scaleSize(found: Int)
    case duplicateItem(QuestionID)
    case typeWithoutItems(RiasecType)

    public func message(in language: Language) -> String {
        switch self {
        case .scaleSize(let found):
            language.pick(
                fr: "l’échelle doit avoir 5 libellés (réponses 0 à 4), elle en a \(found)",
                en: "the scale needs 5 labels (answers 0 to 4), it has \(found)")
        case .duplicateItem(let id):
            language.pick(fr: "la question « \(id) » apparaît deux fois", en: "question '\(id)' appears twice")
        case .typeWithoutItems(let type):
            language.pick(
                fr: "aucune question ne mesure le type \(type.frenchName) (\(type.rawValue))",
                en: "no question measures type \(type.rawValue)")
        }
    }
}

extension QuestionnaireError {
    public var failureKind: FailureKind {
        switch self {
        case .scaleSize, .duplicateItem, .typeWithoutItems: .invalidInput
        }
    }
}
