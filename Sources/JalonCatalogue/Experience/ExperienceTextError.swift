import JalonLocale

/// Why a free-text experience cannot be searched. Nothing is saved for such a text.
public enum ExperienceTextError: LocalizedFailure, Equatable {
    case empty
    case tooShort(String)
    case tooLong(count: Int)
    case noWords

    /// Longer than any description of one experience; a pasted CV is not one experience.
    public static let maximumLength = 300

    public func message(in language: Language) -> String {
        switch self {
        case .empty:
            language.pick(
                fr: "L'expérience est vide : décrivez en quelques mots ce que vous avez fait (par exemple « serveuse l'été dans un camping »).",
                en: "The experience is empty: describe in a few words what you did (for example “summer waitress at a campsite”).")
        case let .tooShort(text):
            language.pick(
                fr: "« \(text) » est trop court pour reconnaître un métier : écrivez au moins un mot de deux lettres.",
                en: "“\(text)” is too short to recognise a job: write at least one word of two letters.")
        case let .tooLong(count):
            language.pick(
                fr: "L'expérience fait \(count) caractères ; décrivez une seule expérience en \(Self.maximumLength) caractères au plus.",
                en: "The experience is \(count) characters long; describe one experience in at most \(Self.maximumLength) characters.")
        case .noWords:
            language.pick(
                fr: "L'expérience ne contient aucun mot (seulement des symboles ou des émojis) : décrivez-la avec des mots.",
                en: "The experience contains no word (only symbols or emoji): describe it in words.")
        }
    }
}

extension ExperienceTextError {
    public var failureKind: FailureKind {
        switch self {
        case .empty, .tooShort, .tooLong, .noWords: .invalidInput
        }
    }
}
