import JalonLocale

extension Formation.Voie {
    /// The route as the person reads it, in their language (the trainings view and the dossiers).
    public func label(in language: Language) -> String {
        switch self {
        case .initiale: language.pick(fr: "voie scolaire", en: "school")
        case .apprentissage: language.pick(fr: "apprentissage", en: "apprenticeship")
        case .formationContinue: language.pick(fr: "formation continue", en: "continuing education")
        case .vae: "VAE"
        }
    }
}
