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
            language.pick(fr: "aucune certification du domaine pour passer du niveau \(from) au niveau suivant",
                          en: "no certification of the field to go from level \(from) to the next")
        }
    }
}

extension EntryRule.Exception {
    public func sentence(in language: Language) -> String {
        switch self {
        case .titreProfessionnel:
            language.pick(fr: "titre professionnel du ministère du Travail, accessible sans diplôme", en: "titre professionnel of the ministry of labour, open without a diploma")
        case .cqp:
            language.pick(fr: "CQP de branche, accessible sans diplôme", en: "branch CQP, open without a diploma")
        case .diplomeEtatSansPrerequis:
            language.pick(fr: "diplôme d’État accessible sur sélection, sans condition de diplôme", en: "diplôme d’État open by selection, without a diploma condition")
        }
    }
}
