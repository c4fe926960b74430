import JalonLocale

/// Whether a person has said enough for their ranking to be shown as suggestions.
///
/// Rule (<doc:Matching>, "Thin inputs"): the interests are known when the RIASEC questionnaire is
/// complete and differentiated (a usable Holland code) or at least ``minimumRatedCentres`` centres
/// d'intérêt are rated; the skills are known when an experience names a ROME appellation or at least
/// ``minimumSkills`` skills count. Then:
/// - either is known: **ready**;
/// - something was said but neither is known: **provisional** — shown and saved with the reason, the
///   first line of each saved suggestion's reasons;
/// - nothing at all (no rating, no code, no skill, no experience): **not ready** — the ranking would be
///   the access fit alone, 1,343 fiches tied and an alphabetical "top 10"; the CLI refuses with a
///   sentence and exit code 1, the API with 422, and nothing is saved.
public enum SuggestionReadiness: Sendable, Equatable {
    case ready
    case provisional([Gap])
    case notReady

    /// What is still missing for suggestions that are not provisional.
    public enum Gap: Sendable, Equatable {
        /// Fewer than ``minimumRatedCentres`` centres rated and no usable RIASEC code.
        case interests(ratedCentres: Int)
        /// No experience naming a ROME appellation and fewer than ``minimumSkills`` skills.
        case skills(count: Int)
    }

    /// Five of the thirty centres: a fiche links one to four, so fewer ratings leave most fiches tied
    /// on their interest fit (one centre rated ties 28 fiches at the top).
    public static let minimumRatedCentres = 5
    /// Three skills: one or two items match too few fiches to tell them apart.
    public static let minimumSkills = 3

    public init(person: MatchingPerson) {
        let rated = person.centres.count
        let interestsKnown = person.hollandCode != nil || rated >= Self.minimumRatedCentres
        let skillsKnown = !person.experienceAppellations.isEmpty || person.skills.count >= Self.minimumSkills
        if interestsKnown || skillsKnown {
            self = .ready
        } else if rated == 0 && person.skills.isEmpty {
            self = .notReady
        } else {
            self = .provisional([.interests(ratedCentres: rated), .skills(count: person.skills.count)])
        }
    }

    public var isProvisional: Bool { if case .provisional = self { true } else { false } }

    /// The sentence put before provisional suggestions (empty list otherwise).
    public func provisionalSentences(in language: Language) -> [String] {
        guard case .provisional(let gaps) = self else { return [] }
        return [
            language.pick(fr: "suggestions provisoires : ", en: "provisional suggestions: ")
                + gaps.map { $0.sentence(in: language) }.joined(separator: language.pick(fr: " ; ", en: "; "))
        ]
    }

    /// Why nothing is suggested, and what to do.
    public static func notReadySentence(in language: Language) -> String {
        language.pick(
            fr:
                "Pas encore de suggestions : ce projet ne dit rien des intérêts ni des compétences (aucun centre noté, questionnaire RIASEC incomplet, aucune expérience ni compétence). Notez au moins \(minimumRatedCentres) centres d’intérêt, terminez le questionnaire ou ajoutez une expérience.",
            en:
                "No suggestions yet: this project says nothing of interests or skills (no centre rated, RIASEC questionnaire incomplete, no experience or skill). Rate at least \(minimumRatedCentres) centres of interest, finish the questionnaire or add an experience."
        )
    }
}

extension SuggestionReadiness.Gap {
    public func sentence(in language: Language) -> String {
        switch self {
        case .interests(let rated):
            language.pick(
                fr: "\(rated) centre(s) d’intérêt noté(s) sur \(SuggestionReadiness.minimumRatedCentres) attendus, questionnaire RIASEC incomplet",
                en: "\(rated) centre(s) of interest rated of \(SuggestionReadiness.minimumRatedCentres) expected, RIASEC questionnaire incomplete")
        case .skills(let count):
            language.pick(
                fr: "aucune expérience et \(count) compétence(s) sur \(SuggestionReadiness.minimumSkills) attendues",
                en: "no experience and \(count) skill(s) of \(SuggestionReadiness.minimumSkills) expected")
        }
    }
}
