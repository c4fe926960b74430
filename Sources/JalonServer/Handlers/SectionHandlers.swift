import Foundation
import Hummingbird
import JalonCore
import JalonLocale

/// `PUT /v1/projects/{id}/sections/{section}` (If-Match): one section through its JalonCore edit.
/// `profil` sets the fields given (`ProfilEdit`, a partial update), `interets` replaces the 30 centres'
/// ratings (`RateCentresEdit`), `synthese` its paragraphs (`SyntheseEdit`).
enum SectionHandlers {
    static let sections = ["profil", "interets", "synthese"]

    static func put(_ call: RouteCall) async throws -> Response {
        let language = call.language, limit = call.services.limits.maxBodyBytes
        let section = try call.parameter("section")
        switch section {
        case "profil":
            return try await call.apply(try await RequestBody.json(ProfilBody.self, call.request, limit: limit).edit)
        case "interets":
            let body = try await RequestBody.json(CentresBody.self, call.request, limit: limit)
            return try await call.apply(RateCentresEdit(ratings: try body.ratings(language), replacingAll: true))
        case "synthese":
            return try await call.apply(SyntheseEdit(paragraphes: try await RequestBody.json(SyntheseBody.self, call.request, limit: limit).paragraphes))
        default:
            throw Problem.notFound(
                language.pick(
                    fr: "section « \(section) » inconnue (sections modifiables : \(sections.joined(separator: ", ")))",
                    en: "unknown section '\(section)' (editable sections: \(sections.joined(separator: ", ")))"), language)
        }
    }

    /// The profile as JSON: the fields given change, the others stay (`ProfilEdit`).
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
        /// The preference « métiers qui recrutent dans ma région »: true on, false off, absent unchanged.
        var metiersQuiRecrutent: Bool?

        var edit: ProfilEdit {
            ProfilEdit(
                nomAffiche: nomAffiche, anneeNaissance: anneeNaissance, situation: situation, diplome: diplome, communeInsee: communeInsee,
                communeNom: communeNom, departement: departement, mobiliteKm: mobiliteKm, contraintes: contraintes,
                metiersQuiRecrutent: metiersQuiRecrutent)
        }
    }

    /// Ratings as JSON, `{"centres": {"22": 4, "7": 0}}`: centre 1 to 30 → rating 0 to 4.
    struct CentresBody: Decodable {
        var centres: [String: Int]

        func ratings(_ language: Language) throws -> [(centre: Int, rating: Int)] {
            try centres.sorted { $0.key < $1.key }.map { key, value in
                guard let centre = Int(key) else {
                    throw EditFailure(
                        .invalid, field: "centres.\(key)", fr: "centre d’intérêt « \(key) » inconnu (attendu : 1 à 30)",
                        en: "unknown centre d’intérêt '\(key)' (expected: 1 to 30)")
                }
                return (centre, value)
            }
        }
    }

    /// The synthèse as JSON: its paragraphs, at least one, none empty.
    struct SyntheseBody: Decodable {
        var paragraphes: [String]
    }
}
