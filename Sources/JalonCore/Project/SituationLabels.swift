import JalonLocale

extension Situation {
    /// The situation as the person reads it.
    public func label(in language: Language) -> String {
        switch self {
        case .lyceen: language.pick(fr: "lycéen", en: "secondary pupil")
        case .etudiant: language.pick(fr: "étudiant", en: "student")
        case .demandeurEmploi: language.pick(fr: "demandeur d’emploi", en: "job seeker")
        case .salarie: language.pick(fr: "salarié", en: "employee")
        case .reconversion: language.pick(fr: "en reconversion", en: "changing careers")
        case .autre: language.pick(fr: "autre", en: "other")
        }
    }
}
