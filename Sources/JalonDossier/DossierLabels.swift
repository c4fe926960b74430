import JalonCore
import JalonLocale

/// The words the Markdown dossier prints for what the HTML page's labels (`DossierHTMLLabels.swift`) do
/// not name, French first. The JSON export keeps the tokens themselves, which are stable.
enum DossierLabels {
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
        case .niveau(let niveau): niveau.label(in: language)
        }
    }

    static func insertion(_ rate: SavedInsertionRate, _ language: Language) -> String {
        var figures: [String] = []
        if let value = rate.emploi6Mois { figures.append(language.pick(fr: "\(value) % en emploi à 6 mois", en: "\(value)% employed at 6 months")) }
        if let value = rate.emploi12Mois { figures.append(language.pick(fr: "\(value) % à 12 mois", en: "\(value)% at 12 months")) }
        if let value = rate.emploi18Mois { figures.append(language.pick(fr: "\(value) % à 18 mois", en: "\(value)% at 18 months")) }
        if let value = rate.emploi24Mois { figures.append(language.pick(fr: "\(value) % à 24 mois", en: "\(value)% at 24 months")) }
        if let value = rate.poursuiteEtudes { figures.append(language.pick(fr: "\(value) % poursuivent leurs études", en: "\(value)% continue studying")) }
        let scope = rate.perimetre.label(in: language)
        let route = rate.voie.map { ", " + ($0 == .apprentissage ? language.pick(fr: "apprentissage", en: "apprenticeship")
                                                                   : language.pick(fr: "voie scolaire", en: "school route")) } ?? ""
        return figures.joined(separator: ", ")
            + language.pick(fr: " (InserJeunes, \(scope)\(route), millésime \(rate.millesime))",
                            en: " (InserJeunes, \(scope)\(route), year \(rate.millesime))")
    }
}
