import Foundation
import Hummingbird
import JalonCatalogue
import JalonCore
import JalonDossier
import JalonResources
import JalonStore

/// Routes that are not about one project: health, the API description, the counsellor's dossiers and
/// the catalogue.
enum DirectoryHandlers {
    /// `GET /health`: up, and the store answers (`ping`, whose cost does not grow with the projects).
    /// No token, no detail beyond that.
    static func health(_ call: RouteCall) async throws -> Response {
        let store = call.services.repository.store
        let ok = (try? await Blocking.run { try store.ping() }) != nil
        struct Health: Encodable { let status: String, version: String }
        return try Responses.json(
            Health(status: ok ? "ok" : "store-unavailable", version: JalonVersion.current),
            status: ok ? .ok : .serviceUnavailable)
    }

    /// The shipped description, read once per process: it cannot change while the server runs.
    private static let openAPIDocument: Data? = JalonResources.url("OpenAPI/jalon-1.yaml").flatMap { FileManager.default.contents(atPath: $0.path) }

    /// `GET /openapi.yaml`: the API description shipped in `Resources/OpenAPI/jalon-1.yaml`.
    static func openAPI(_ call: RouteCall) async throws -> Response {
        guard let data = openAPIDocument else {
            throw Problem.notFound(
                call.language.pick(fr: "description OpenAPI absente de cette construction", en: "OpenAPI description missing from this build"), call.language)
        }
        return Responses.bytes(Array(data), contentType: "application/yaml; charset=utf-8")
    }

    /// `GET /.well-known/jalon-keys.pem`: the public key the server signs XML dossiers with, as
    /// `jalon keys show` prints it (identifier and validity, then PEM), for `verify-dossier --key` and xmlsec1.
    static func signingKeys(_ call: RouteCall) async throws -> Response {
        guard let key = call.services.signingKey else {
            throw Problem.notFound(call.language.pick(fr: "ce serveur ne signe pas ses dossiers", en: "this server does not sign its dossiers"), call.language)
        }
        return Responses.bytes(Array(key.publicText.utf8), contentType: "application/x-pem-file")
    }

    struct DossierEntry: Encodable {
        let id: String, name: String?, revision: Int, current: String, updated: String
    }

    /// `GET /v1/dossiers` (counsellor): the projects shared with them.
    static func dossiers(_ call: RouteCall) async throws -> Response {
        let pagination = try Pagination(call, list: "dossiers")
        let links = call.services.links, repository = call.services.repository, counsellor = call.authenticated.subject
        // Paged by id (a stable order), then only the page's projects are read.
        let ids = try await Blocking.run { try links.projects(sharedWith: counsellor).sorted { $0.rawValue < $1.rawValue } }
        let page = try pagination.page(ids, key: \.rawValue, call)
        let entries = try await Blocking.run { () throws -> [DossierEntry] in
            try page.items.compactMap { id in
                try repository.loadIfPresent(id).map {
                    // The name only when the person shares it with this counsellor.
                    let shown = $0.project.visible(under: $0.project.consent.grant(for: counsellor))
                    return DossierEntry(
                        id: id.rawValue, name: shown.displayName, revision: $0.revision.number,
                        current: $0.project.progression.current.rawValue, updated: $0.project.metadata.updated.description)
                }
            }
        }
        return try await call.conditionalJSON(entries, headers: page.headers)
    }

    struct SearchEntry: Encodable {
        let kind: String, code: String, label: String, fiche: String?, score: Double
    }

    /// `GET /v1/catalogue/search?q=…&kind=metier|competence|certification&limit=N`
    static func search(_ call: RouteCall) async throws -> Response {
        let language = call.language
        guard let query = call.query("q"), !query.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw Problem.badRequest(language.pick(fr: "q : le texte cherché manque", en: "q: the search text is missing"), language)
        }
        let kind = try call.query("kind").map { text -> SearchKind in
            guard let kind = SearchKind(rawValue: text) else {
                throw Problem.badRequest(
                    language.pick(
                        fr: "kind : « \(text) » inconnu (metier, competence, certification)",
                        en: "kind: unknown '\(text)' (metier, competence, certification)"), language)
            }
            return kind
        }
        let limit = try call.integerQuery("limit", in: 1...100, default: 10)
        let cache = call.services.catalogue
        let results = try await Blocking.run { try cache.get().catalogue.search(query, kind: kind, limit: limit) }
        let version = try await Blocking.run { try cache.catalogue().version }
        return try await call.conditional(Representation(catalogue: version)) {
            try Responses.json(
                results.map {
                    SearchEntry(kind: $0.kind.rawValue, code: $0.code, label: $0.label, fiche: $0.fiche?.rawValue, score: ($0.score * 1000).rounded() / 1000)
                })
        }
    }

    struct ExperienceEntry: Encodable {
        let ogr: Int, label: String, fiche: String, ficheLabel: String, score: Double, matchedTitle: Bool
    }

    struct ExperienceAnswer: Encodable {
        let candidates: [ExperienceEntry]
        /// The OGR code of the candidate that leads clearly, or null: then the person chooses.
        let leader: Int?

        // `leader` is always present, null when no candidate leads (the synthesised encoder would omit it).
        private enum CodingKeys: String, CodingKey { case candidates, leader }
        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(candidates, forKey: .candidates)
            try container.encode(leader, forKey: .leader)
        }
    }

    /// `GET /v1/catalogue/experiences?q=…`: an experience in the person's own words → up to five
    /// appellations, one per fiche, and the one that leads clearly if any (``ExperienceMatches``).
    static func experiences(_ call: RouteCall) async throws -> Response {
        let language = call.language, text = call.query("q") ?? "", cache = call.services.catalogue
        let matches: ExperienceMatches
        do {
            matches = try await Blocking.run { () throws -> ExperienceMatches in try cache.get().catalogue.experienceCandidates(text) }
        } catch let error as ExperienceTextError {
            throw Problem.badRequest("q : " + error.message(in: language), language)
        }
        let version = try await Blocking.run { try cache.catalogue().version }
        return try await call.conditional(Representation(catalogue: version)) {
            try Responses.json(
                ExperienceAnswer(
                    candidates: matches.candidates.map {
                        ExperienceEntry(
                            ogr: $0.appellation.ogr.rawValue, label: $0.appellation.longLabel, fiche: $0.appellation.fiche.rawValue,
                            ficheLabel: $0.ficheLabel, score: ($0.score * 1000).rounded() / 1000, matchedTitle: $0.matchedTitle)
                    },
                    leader: matches.leader?.appellation.ogr.rawValue))
        }
    }

    struct FicheEntry: Encodable {
        struct Item: Encodable { let ogr: Int, label: String, rubrique: String }
        let code: String, label: String, domaine: String, definition: [String], accesAuMetier: String
        let emploiReglemente: Bool?, parent: String?, appellations: [String], coeurDeMetier: [Item]
        /// Job prospects of the fiche's family: in `departement` when given and published, else its region, else France.
        let debouches: MetierTensionSummary?
    }

    /// `GET /v1/catalogue/fiches/{code}?departement=25`: a ROME fiche, its appellations, its cœur de
    /// métier and its débouchés.
    static func fiche(_ call: RouteCall) async throws -> Response {
        let language = call.language, text = try call.parameter("code"), cache = call.services.catalogue
        let catalogue = try await Blocking.run { try cache.get().catalogue }
        guard let code = RomeCode(text.uppercased()), let fiche = catalogue.fiche(code) else {
            throw Problem.notFound(
                language.pick(
                    fr: "« \(text) » n’est pas une fiche ROME du catalogue (comme J1501)",
                    en: "'\(text)' is not a ROME fiche of the catalogue (such as J1501)"), language)
        }
        let departement = try call.query("departement").map { value -> Departement in
            guard let departement = Departement(value) else {
                throw Problem.badRequest(
                    language.pick(
                        fr: "departement : « \(value) » n’est pas un département (comme 25, 2A ou 971)",
                        en: "departement: '\(value)' is not a département (such as 25, 2A or 971)"), language)
            }
            return departement
        }
        return try await call.conditional(Representation(catalogue: catalogue.version, language: language)) {
            try Responses.json(
                FicheEntry(
                    code: fiche.code.rawValue, label: fiche.label, domaine: fiche.domaine.label, definition: fiche.definition,
                    accesAuMetier: fiche.accesAuMetier, emploiReglemente: fiche.emploiReglemente, parent: fiche.parent?.rawValue,
                    appellations: catalogue.appellations(of: code).map(\.longLabel),
                    coeurDeMetier: catalogue.coeurDeMetier(of: code).map { .init(ogr: $0.ogr.rawValue, label: $0.label, rubrique: $0.rubrique.rawValue) },
                    debouches: catalogue.tension(of: code, departement: departement).map { MetierTensionSummary($0, language: language) }))
        }
    }
}
