import JalonCore
import JalonLocale

// How the page (and the Markdown dossier) names the document's tokens, in the reader's language. The
// tokens themselves stay in the document (and in the XML/JSON dossiers); these are for people. Routes
// and mastery levels are named by JalonCore (`Formation.Voie.label`, `Maitrise.label`), as the CLI does.

extension RiasecType {
    func name(in language: Language) -> String {
        guard language == .en else { return frenchName }
        switch self {
        case .realiste: return "Realistic"
        case .investigateur: return "Investigative"
        case .artistique: return "Artistic"
        case .social: return "Social"
        case .entreprenant: return "Enterprising"
        case .conventionnel: return "Conventional"
        }
    }
}

extension Experience.Nature {
    func label(in language: Language) -> String {
        switch self {
        case .emploi: language.pick(fr: "emploi", en: "job")
        case .stage: language.pick(fr: "stage", en: "internship")
        case .benevolat: language.pick(fr: "bénévolat", en: "volunteering")
        case .loisir: language.pick(fr: "loisir", en: "hobby")
        }
    }
}

extension Niveau {
    func label(in language: Language) -> String {
        language.pick(fr: "niveau \(rawValue) (\(usualName))", en: "level \(rawValue)")
    }
}

extension PlanAction.Kind {
    func label(in language: Language) -> String {
        switch self {
        case .enqueteMetier: language.pick(fr: "enquête métier", en: "job interview survey")
        case .immersion: language.pick(fr: "immersion", en: "work placement")
        case .forum: language.pick(fr: "forum", en: "job fair")
        case .rendezVous: language.pick(fr: "rendez-vous", en: "appointment")
        case .candidature: language.pick(fr: "candidature", en: "application")
        case .autre: language.pick(fr: "autre", en: "other")
        }
    }
}

extension PlanAction.Status {
    func label(in language: Language) -> String {
        switch self {
        case .aFaire: language.pick(fr: "à faire", en: "to do")
        case .planifiee: language.pick(fr: "planifiée", en: "scheduled")
        case .faite: language.pick(fr: "faite", en: "done")
        case .annulee: language.pick(fr: "annulée", en: "cancelled")
        }
    }

    /// A shape that says the status without colour (the text says it too).
    var symbol: String {
        switch self {
        case .faite: "✓"
        case .planifiee: "◔"
        case .aFaire: "○"
        case .annulee: "✕"
        }
    }
}

extension CounsellorNote.Status {
    func label(in language: Language) -> String {
        switch self {
        case .pointAppui: language.pick(fr: "point d’appui", en: "strength")
        case .besoin: language.pick(fr: "besoin", en: "need")
        case .nonExplore: language.pick(fr: "non exploré", en: "not explored")
        }
    }

    var symbol: String {
        switch self {
        case .pointAppui: "▲"
        case .besoin: "!"
        case .nonExplore: "?"
        }
    }
}

extension SavedInsertionRate.Perimetre {
    /// The region's name (INSEE codes since 2016), or France for national figures.
    func label(in language: Language) -> String {
        switch self {
        case .national: return language.pick(fr: "France entière", en: "all of France")
        case .region(let code):
            let names = ["01": "Guadeloupe", "02": "Martinique", "03": "Guyane", "04": "La Réunion", "06": "Mayotte",
                         "11": "Île-de-France", "24": "Centre-Val de Loire", "27": "Bourgogne-Franche-Comté",
                         "28": "Normandie", "32": "Hauts-de-France", "44": "Grand Est", "52": "Pays de la Loire",
                         "53": "Bretagne", "75": "Nouvelle-Aquitaine", "76": "Occitanie",
                         "84": "Auvergne-Rhône-Alpes", "93": "Provence-Alpes-Côte d’Azur", "94": "Corse"]
            return names[code].map { "\($0) (\(code))" } ?? language.pick(fr: "région \(code)", en: "region \(code)")
        }
    }
}

extension DossierRevision {
    func roleLabel(in language: Language) -> String {
        switch role {
        case "person": language.pick(fr: "la personne", en: "the person")
        case "counsellor": language.pick(fr: "conseiller·ère", en: "counsellor")
        case "portal": language.pick(fr: "portail", en: "portal")
        case "jalon": "Jalon"
        default: role
        }
    }
}
