import JalonLocale

extension Maitrise {
    /// The level of mastery in words, in the person's language (the matching explanations and the dossiers).
    public func label(in language: Language) -> String {
        switch self {
        case .notions: language.pick(fr: "notions", en: "basics")
        case .pratique: language.pick(fr: "pratique", en: "practice")
        case .autonomie: language.pick(fr: "autonomie", en: "autonomy")
        case .expertise: language.pick(fr: "expertise", en: "expertise")
        }
    }
}
