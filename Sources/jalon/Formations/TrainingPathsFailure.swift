import JalonCore
import JalonLocale

/// Failures of `jalon formations` (showing paths); choosing one is `ChoosePathEdit`'s, in JalonCore.
enum TrainingPathsFailure: LocalizedFailure {
    case unknownFiche(String)

    func message(in language: Language) -> String {
        switch self {
        case .unknownFiche(let code):
            language.pick(
                fr: "« \(code) » n’est pas une fiche ROME du catalogue (attendu : une lettre et quatre chiffres, comme I1310).",
                en: "“\(code)” is not a ROME fiche of the catalogue (expected a letter and four digits, such as I1310).")
        }
    }
}

extension TrainingPathsFailure {
    var failureKind: FailureKind {
        switch self {
        case .unknownFiche: .notFound
        }
    }
}
