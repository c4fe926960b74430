import JalonLocale

/// Something the person (and the counsellor) should know before trusting the profile's code.
public enum ProfileWarning: Hashable, Sendable {
    /// Not every item was answered: scores rest on fewer answers than the questionnaire asks.
    case incomplete(answered: Int, expected: Int)
    /// The six scores are too close to tell interests apart: their standard deviation is below
    /// `InterestProfile.uniformityThreshold` points.
    case undifferentiated(standardDeviation: Double)
    /// These types have the same exact score as the code's third letter, and not all of them fit
    /// in the code: the tie rule chose which (`InterestProfile.ranked`).
    case tiedThirdLetter([RiasecType])

    public func message(in language: Language) -> String {
        switch self {
        case .incomplete(let answered, let expected):
            return language.pick(
                fr: "questionnaire incomplet : \(answered) réponses sur \(expected) ; le profil pourra changer",
                en: "questionnaire incomplete: \(answered) answers out of \(expected); the profile may change")
        case .undifferentiated:
            return language.pick(
                fr: "vos réponses sont très proches d’un type à l’autre : ce profil ne distingue pas nettement vos intérêts",
                en: "your answers are very similar across types: this profile does not clearly tell your interests apart")
        case .tiedThirdLetter(let types):
            let letters = types.map(\.rawValue).joined(separator: ", ")
            return language.pick(
                fr: "ex æquo pour la troisième lettre du code (\(letters)) : elle aurait pu être une autre",
                en: "tie for the code’s third letter (\(letters)): it could have been another")
        }
    }
}
