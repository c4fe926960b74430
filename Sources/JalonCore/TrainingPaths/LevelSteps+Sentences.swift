import JalonLocale

extension LevelSteps.Entry {
    /// Why the person can enter this step: "admet les titulaires d’un niveau 4 (bac)".
    public func sentence(in language: Language) -> String {
        switch self {
        case .nextLevel(let from):
            language.pick(fr: "accessible après un niveau \(from)", en: "open after a level \(from)")
        case .withoutDiploma(let exception):
            exception.sentence(in: language)
        case .levelUnknown:
            language.pick(fr: "niveau de départ non renseigné", en: "starting level not given")
        case .vae:
            language.pick(fr: "par la VAE, sans diplôme préalable", en: "through VAE, without a prior diploma")
        case .unbridged(let from):
            language.pick(
                fr: "aucune certification du domaine pour passer du niveau \(from) au niveau suivant",
                en: "no certification of the field to go from level \(from) to the next")
        }
    }
}

extension EntryRule.Exception {
    /// The kind of certification, for a sentence that says the rest: "titre professionnel du ministère du Travail".
    public func name(in language: Language) -> String {
        switch self {
        case .titreProfessionnel: language.pick(fr: "titre professionnel du ministère du Travail", en: "titre professionnel of the ministry of labour")
        case .cqp: language.pick(fr: "CQP de branche", en: "branch CQP")
        case .diplomeEtatSansPrerequis: language.pick(fr: "diplôme d’État accessible sur sélection", en: "diplôme d’État open by selection")
        }
    }

    public func sentence(in language: Language) -> String {
        switch self {
        case .titreProfessionnel, .cqp:
            name(in: language) + language.pick(fr: ", accessible sans diplôme", en: ", open without a diploma")
        case .diplomeEtatSansPrerequis:
            name(in: language) + language.pick(fr: ", sans condition de diplôme", en: ", without a diploma condition")
        }
    }
}
