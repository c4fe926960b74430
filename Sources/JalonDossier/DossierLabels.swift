import JalonCore
import JalonLocale

/// The words the text exports (Markdown) print for the format's tokens, French first. The JSON export
/// keeps the tokens themselves, which are stable.
enum DossierLabels {
    static func nature(_ nature: Experience.Nature, _ language: Language) -> String {
        switch nature {
        case .emploi: language.pick(fr: "emploi", en: "job")
        case .stage: language.pick(fr: "stage", en: "internship")
        case .benevolat: language.pick(fr: "bénévolat", en: "volunteering")
        case .loisir: language.pick(fr: "loisir", en: "leisure")
        }
    }

    static func kind(_ kind: PlanAction.Kind, _ language: Language) -> String {
        switch kind {
        case .enqueteMetier: language.pick(fr: "enquête métier", en: "job interview survey")
        case .immersion: language.pick(fr: "immersion", en: "work placement")
        case .forum: language.pick(fr: "forum", en: "fair")
        case .rendezVous: language.pick(fr: "rendez-vous", en: "appointment")
        case .candidature: language.pick(fr: "candidature", en: "application")
        case .autre: language.pick(fr: "autre", en: "other")
        }
    }

    static func status(_ status: PlanAction.Status, _ language: Language) -> String {
        switch status {
        case .aFaire: language.pick(fr: "à faire", en: "to do")
        case .planifiee: language.pick(fr: "planifiée", en: "planned")
        case .faite: language.pick(fr: "faite", en: "done")
        case .annulee: language.pick(fr: "annulée", en: "cancelled")
        }
    }

    static func status(_ status: CounsellorNote.Status, _ language: Language) -> String {
        switch status {
        case .pointAppui: language.pick(fr: "point d’appui", en: "strength")
        case .besoin: language.pick(fr: "besoin", en: "need")
        case .nonExplore: language.pick(fr: "non exploré", en: "not explored")
        }
    }

    static func role(_ role: String, _ language: Language) -> String {
        switch role {
        case "person": language.pick(fr: "personne", en: "person")
        case "counsellor": language.pick(fr: "conseiller", en: "counsellor")
        case "portal": language.pick(fr: "portail", en: "portal")
        case "jalon": "Jalon"
        default: role
        }
    }

    static func result(_ result: DossierSource.Result, _ language: Language) -> String {
        switch result {
        case .suggestions: language.pick(fr: "suggestions de métiers", en: "métier suggestions")
        case .parcours: language.pick(fr: "parcours de formation", en: "training paths")
        }
    }

    static func shareWord(_ word: String, _ language: Language) -> String {
        switch word {
        case "name": language.pick(fr: "nom", en: "name")
        case "contact": language.pick(fr: "contact", en: "contact")
        case "birth-year": language.pick(fr: "année de naissance", en: "birth year")
        case "place": language.pick(fr: "commune", en: "place")
        case "situation": language.pick(fr: "situation", en: "situation")
        case "constraints": language.pick(fr: "contraintes", en: "constraints")
        default: word
        }
    }

    static func diplome(_ diplome: DiplomeLePlusEleve, _ language: Language) -> String {
        switch diplome {
        case .aucun: language.pick(fr: "sans diplôme", en: "no diploma")
        case .niveau(let niveau): language.pick(fr: "niveau \(niveau) (\(niveau.usualName))", en: "level \(niveau) (\(niveau.usualName))")
        }
    }

    static func insertion(_ rate: SavedInsertionRate, _ language: Language) -> String {
        var figures: [String] = []
        if let value = rate.emploi6Mois { figures.append(language.pick(fr: "\(value) % en emploi à 6 mois", en: "\(value)% employed at 6 months")) }
        if let value = rate.emploi12Mois { figures.append(language.pick(fr: "\(value) % à 12 mois", en: "\(value)% at 12 months")) }
        if let value = rate.emploi18Mois { figures.append(language.pick(fr: "\(value) % à 18 mois", en: "\(value)% at 18 months")) }
        if let value = rate.emploi24Mois { figures.append(language.pick(fr: "\(value) % à 24 mois", en: "\(value)% at 24 months")) }
        if let value = rate.poursuiteEtudes { figures.append(language.pick(fr: "\(value) % poursuivent leurs études", en: "\(value)% continue studying")) }
        let scope: String = switch rate.perimetre {
        case .national: language.pick(fr: "national", en: "national")
        case .region(let code): language.pick(fr: "région \(code)", en: "region \(code)")
        }
        let route = rate.voie.map { ", " + ($0 == .apprentissage ? language.pick(fr: "apprentissage", en: "apprenticeship")
                                                                   : language.pick(fr: "voie scolaire", en: "school route")) } ?? ""
        return figures.joined(separator: ", ")
            + language.pick(fr: " (InserJeunes, \(scope)\(route), millésime \(rate.millesime))",
                            en: " (InserJeunes, \(scope)\(route), year \(rate.millesime))")
    }
}
