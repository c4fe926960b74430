import JalonLocale

extension Step {
    /// The step's name as the person reads it.
    public func title(in language: Language) -> String {
        guard language == .en else { return frenchTitle }
        switch self {
        case .profil: return "Profile"
        case .interets: return "Interests"
        case .competences: return "Skills"
        case .pistes: return "Career leads"
        case .formations: return "Training"
        case .plan: return "Action plan"
        case .synthese: return "Summary"
        }
    }
}

extension StepState {
    /// The state as the person reads it.
    public func label(in language: Language) -> String {
        switch self {
        case .nonCommencee: language.pick(fr: "non commencée", en: "not started")
        case .enCours: language.pick(fr: "en cours", en: "in progress")
        case .terminee: language.pick(fr: "terminée", en: "done")
        case .aRevoir: language.pick(fr: "à revoir", en: "to review")
        }
    }
}
