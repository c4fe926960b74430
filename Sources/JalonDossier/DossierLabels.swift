import JalonCore
import JalonLocale

// The one table of words every dossier format (HTML, Markdown, PDF) and the caseload review print for
// the document's tokens, French first. The tokens themselves stay in the XML and JSON dossiers, which
// are for programs. Routes and mastery levels are named by JalonCore (`Formation.Voie.label`,
// `Maitrise.label`), as the CLI names them.

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
            let names = [
                "01": "Guadeloupe", "02": "Martinique", "03": "Guyane", "04": "La Réunion", "06": "Mayotte",
                "11": "Île-de-France", "24": "Centre-Val de Loire", "27": "Bourgogne-Franche-Comté",
                "28": "Normandie", "32": "Hauts-de-France", "44": "Grand Est", "52": "Pays de la Loire",
                "53": "Bretagne", "75": "Nouvelle-Aquitaine", "76": "Occitanie",
                "84": "Auvergne-Rhône-Alpes", "93": "Provence-Alpes-Côte d’Azur", "94": "Corse"
            ]
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

extension DiplomeLePlusEleve {
    func label(in language: Language) -> String {
        switch self {
        case .aucun: language.pick(fr: "aucun diplôme", en: "no diploma")
        case .niveau(let niveau): niveau.label(in: language)
        }
    }
}

extension DossierSource.Result {
    func label(in language: Language) -> String {
        switch self {
        case .suggestions: language.pick(fr: "suggestions de métiers", en: "métier suggestions")
        case .parcours: language.pick(fr: "parcours de formation", en: "training paths")
        }
    }
}

extension DossierShare {
    /// The words of `--share` as a reader says them (`birth-year` → « année de naissance »).
    static func label(ofWord word: String, in language: Language) -> String {
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
}

extension SavedInsertionRate {
    /// "en emploi : 85 % à 6 mois, 85 % à 12 mois ; poursuite d’études 27 % — Bourgogne-Franche-Comté
    /// (27), apprentis, millésime 2022-2023".
    func summary(in language: Language) -> String {
        let months: [(Int, Int?)] = [(6, emploi6Mois), (12, emploi12Mois), (18, emploi18Mois), (24, emploi24Mois)]
        let employment = months.compactMap { month, value in value.map { language.pick(fr: "\($0) % à \(month) mois", en: "\($0)% at \(month) months") } }
        var parts: [String] = []
        if !employment.isEmpty { parts.append(language.pick(fr: "en emploi : ", en: "in employment: ") + employment.joined(separator: ", ")) }
        if let further = poursuiteEtudes { parts.append(language.pick(fr: "poursuite d’études \(further) %", en: "further study \(further)%")) }
        if parts.isEmpty { parts.append(language.pick(fr: "taux non publiés (effectif trop faible)", en: "rates not published (cohort too small)")) }
        var origin = ["InserJeunes", perimetre.label(in: language)]
        if let voie {
            origin.append(voie == .apprentissage ? language.pick(fr: "apprentis", en: "apprentices") : language.pick(fr: "voie scolaire", en: "school route"))
        }
        origin.append(language.pick(fr: "millésime ", en: "cohort ") + millesime.replacing("_", with: "-"))
        return parts.joined(separator: " ; ") + " — " + origin.joined(separator: ", ")
    }
}

extension Experience {
    /// What the person called it, else its ROME appellation, else the appellation's code.
    var title: String {
        intitule ?? appellation?.libelle ?? appellation.map { "OGR \($0.code)" } ?? ""
    }
}

extension DossierSkillGroup.Origin {
    func label(in language: Language) -> String {
        switch self {
        case .experience(let experience): experience.title
        case .declared: language.pick(fr: "Déclarées", en: "Declared")
        case .suggested: language.pick(fr: "Suggérées par Jalon, à confirmer", en: "Suggested by Jalon, to be confirmed")
        }
    }
}

extension DossierSkillDomain {
    func label(in language: Language) -> String {
        category ?? language.pick(fr: "Hors catalogue ROME", en: "Outside the ROME catalogue")
    }
}

extension Dossier {
    /// Where a skill comes from, in words: « déclarée », the experience's title, or « suggérée par
    /// Jalon, à confirmer (experience) ».
    func originLabel(of competence: Competence, in language: Language) -> String {
        let experience = experience(of: competence)?.title
        switch competence.source {
        case .declaree: return language.pick(fr: "déclarée", en: "declared")
        case .experience: return experience ?? language.pick(fr: "expérience", en: "experience")
        case .suggeree:
            return language.pick(fr: "suggérée par Jalon, à confirmer", en: "suggested by Jalon, to be confirmed")
                + (experience.map { " (\($0))" } ?? "")
        }
    }

    /// A centre d'intérêt as people read it: its label with its number, else the number alone.
    func centreLabel(_ centre: CentreInteretCode, in language: Language) -> String {
        let number = language.pick(fr: "n° ", en: "no. ") + String(centre.rawValue)
        return centreName(centre).map { "\($0) (\(number))" } ?? number
    }
}

extension Profil {
    /// The matching preference as a dossier names it, when the person asked for it (shown only then).
    static func hiringPreferenceLabel(in language: Language) -> (name: String, value: String) {
        (
            language.pick(fr: "Préférence d’appariement", en: "Matching preference"),
            language.pick(
                fr: "métiers qui recrutent dans ma région (les débouchés comptent dans le score)",
                en: "jobs that are hiring in my region (prospects count in the score)")
        )
    }
}
