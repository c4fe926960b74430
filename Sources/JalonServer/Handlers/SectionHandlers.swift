import Foundation
import Hummingbird
import JalonCore
import JalonLocale

/// `PUT /v1/projects/{id}/sections/{section}` (If-Match): replaces one section, validated field by
/// field; the journey's edit rule (`recordChange`) marks later finished steps à revoir. Sections:
/// `profil`, `interets` (the ratings of the 30 centres d'intérêt) and `synthese`.
enum SectionHandlers {
    static let sections = ["profil", "interets", "synthese"]

    static func put(_ call: RouteCall) async throws -> Response {
        let language = call.language, limit = call.services.limits.maxBodyBytes
        let section = try call.parameter("section")
        let edit: @Sendable (inout Project) throws -> String
        switch section {
        case "profil": edit = profilEdit(try await RequestBody.json(ProfilBody.self, call.request, limit: limit).profil(language), language)
        case "interets": edit = interetsEdit(try await RequestBody.json(InteretsBody.self, call.request, limit: limit).ratings(language), language)
        case "synthese": edit = syntheseEdit(try await RequestBody.json(SyntheseBody.self, call.request, limit: limit).paragraphes(language), language)
        default:
            throw Problem.notFound(language.pick(fr: "section « \(section) » inconnue (sections modifiables : \(sections.joined(separator: ", ")))",
                                                 en: "unknown section '\(section)' (editable sections: \(sections.joined(separator: ", ")))"), language)
        }
        return try await call.mutate(author: call.author, edit)
    }

    // The section edits, shared by the API and the web pages (one rule in one place).

    static func profilEdit(_ profil: Profil, _ language: Language) -> @Sendable (inout Project) throws -> String {
        { project in
            project.profil = profil
            project.recordChange(of: .profil)
            return language.pick(fr: "Profil modifié", en: "Profile changed")
        }
    }

    static func interetsEdit(_ centres: [CentreInteretRating], _ language: Language) -> @Sendable (inout Project) throws -> String {
        { project in
            var interets = project.interets ?? Interets()
            interets.centres = centres
            project.interets = interets
            // Suggestions were ranked from the old interests: later finished steps go à revoir.
            project.recordChange(of: .interets)
            return language.pick(fr: "Centres d’intérêt notés (\(centres.count))", en: "Centres d’intérêt rated (\(centres.count))")
        }
    }

    static func syntheseEdit(_ paragraphes: [String], _ language: Language) -> @Sendable (inout Project) throws -> String {
        { project in
            project.synthese = Synthese(paragraphes: paragraphes, partagee: project.synthese?.partagee)
            project.recordChange(of: .synthese)
            return language.pick(fr: "Synthèse écrite (\(paragraphes.count) paragraphe(s))", en: "Summary written (\(paragraphes.count) paragraph(s))")
        }
    }

    /// The profile as JSON; every field optional, the whole section replaced.
    struct ProfilBody: Decodable {
        var nomAffiche: String?
        var anneeNaissance: Int?
        var situation: String?
        var diplome: String?
        var communeInsee: String?
        var communeNom: String?
        var departement: String?
        var mobiliteKm: Int?
        var contraintes: [String]?

        func profil(_ language: Language) throws -> Profil {
            func invalid(_ field: String, fr: String, en: String) -> Problem {
                .invalidDocument(language.pick(fr: "\(field) : \(fr)", en: "\(field): \(en)"), language)
            }
            var profil = Profil()
            profil.nomAffiche = nomAffiche?.trimmingCharacters(in: .whitespacesAndNewlines)
            if profil.nomAffiche?.isEmpty == true { throw invalid("nomAffiche", fr: "valeur vide", en: "empty value") }
            if let anneeNaissance {
                let plausible = Profil.plausibleBirthYears(in: Timestamp.now().day.year)
                guard plausible ~= anneeNaissance else {
                    throw invalid("anneeNaissance", fr: "entre \(plausible.lowerBound) et \(plausible.upperBound)",
                                  en: "between \(plausible.lowerBound) and \(plausible.upperBound)")
                }
                profil.anneeNaissance = anneeNaissance
            }
            if let situation {
                let known = Situation.allCases.map(\.rawValue).joined(separator: ", ")
                guard let value = Situation(rawValue: situation) else { throw invalid("situation", fr: "inconnue (attendu : \(known))", en: "unknown (expected: \(known))") }
                profil.situation = value
            }
            if let diplome {
                guard let value = DiplomeLePlusEleve(token: diplome) else { throw invalid("diplome", fr: "attendu : 3 à 8, ou aucun", en: "expected: 3 to 8, or aucun") }
                profil.diplome = value
            }
            switch (communeInsee, communeNom) {
            case (nil, nil): break
            case (let code?, let nom?):
                guard let value = Commune(codeInsee: code, nom: nom) else {
                    throw invalid("communeInsee", fr: "pas un code INSEE de commune (5 caractères, comme 70279)", en: "not an INSEE commune code (5 characters, like 70279)")
                }
                profil.commune = value
            default:
                throw invalid("communeInsee", fr: "va avec communeNom", en: "goes with communeNom")
            }
            if let departement {
                guard let value = Departement(departement) else { throw invalid("departement", fr: "attendu : 01…95, 2A, 2B, 971…976", en: "expected: 01…95, 2A, 2B, 971…976") }
                profil.departement = value
            }
            if let mobiliteKm {
                guard mobiliteKm >= 0 else { throw invalid("mobiliteKm", fr: "0 ou plus", en: "0 or more") }
                profil.mobiliteKm = mobiliteKm
            }
            let contraintes = (contraintes ?? []).map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
            if contraintes.contains(where: \.isEmpty) { throw invalid("contraintes", fr: "une contrainte vide", en: "an empty constraint") }
            profil.contraintes = contraintes
            return profil
        }
    }

    /// The ratings as JSON, `{"centres": {"22": 4, "7": 0}}`: centre 1 to 30 → rating 0 to 4; replaces
    /// every rating (the RIASEC answers and profile stay).
    struct InteretsBody: Decodable {
        var centres: [String: Int]

        func ratings(_ language: Language) throws -> [CentreInteretRating] {
            try centres.map { key, value in
                guard let centre = Int(key).flatMap(CentreInteretCode.init) else {
                    throw Problem.invalidDocument(language.pick(fr: "centres.\(key) : centre inconnu (attendu : 1 à 30)",
                                                                en: "centres.\(key): unknown centre (expected: 1 to 30)"), language)
                }
                guard let rating = Rating(value) else {
                    throw Problem.invalidDocument(language.pick(fr: "centres.\(key) : note impossible (attendu : 0 à 4)",
                                                                en: "centres.\(key): impossible rating (expected: 0 to 4)"), language)
                }
                return CentreInteretRating(centre: centre, rating: rating)
            }.sorted { $0.centre < $1.centre }
        }
    }

    /// The synthèse as JSON: its paragraphs, at least one, none empty.
    struct SyntheseBody: Decodable {
        var paragraphes: [String]

        func paragraphes(_ language: Language) throws -> [String] {
            let paragraphes = self.paragraphes.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
            guard !paragraphes.isEmpty, !paragraphes.contains(where: \.isEmpty) else {
                throw Problem.invalidDocument(language.pick(fr: "paragraphes : au moins un, et aucun vide", en: "paragraphes: at least one, and none empty"), language)
            }
            return paragraphes
        }
    }
}
