import Foundation
import Hummingbird
import JalonCatalogue
import JalonCore
import JalonDossier
import JalonLocale
import JalonStore

/// Results computed from the project and the bundled catalogue: suggestions, a métier's explanation,
/// training paths. GET computes and shows; only `POST …/suggestions` (If-Match) saves.
enum ComputedHandlers {
    /// `limit` from the query: 1…1584, 10 by default.
    static func limit(_ call: RouteCall) throws -> Int {
        try call.integerQuery("limit", in: 1...1584, default: 10)
    }

    /// The suggestions shown, provisional ones saying so; a 422 problem when the project says nothing to
    /// rank on (``SuggestionReadiness``).
    static func suggestions(for project: Project, limit: Int, catalogue: CatalogueCache.Loaded, language: Language) throws -> [SavedSuggestion] {
        let (person, readiness) = try rankable(project, catalogue: catalogue.catalogue, language)
        return ranked(person, readiness: readiness, limit: limit, catalogue: catalogue, language: language)
    }

    /// The person as matching reads them and how ready that is; 422 `not-ready` when nothing can rank them.
    static func rankable(_ project: Project, catalogue: Catalogue, _ language: Language) throws -> (MatchingPerson, SuggestionReadiness) {
        let person = try person(project, catalogue: catalogue)
        let readiness = SuggestionReadiness(person: person)
        guard readiness != .notReady else {
            throw Problem(
                .unprocessableContent, kind: "not-ready", title: language.pick(fr: "Pas encore de suggestions", en: "No suggestions yet"),
                detail: SuggestionReadiness.notReadySentence(in: language))
        }
        return (person, readiness)
    }

    /// The person as every route and page ranks them: the server's one questionnaire, loaded once per
    /// process (`ServerServices.questionnaire`), and the profile's « métiers qui recrutent » preference.
    static func person(_ project: Project, catalogue: Catalogue) throws -> MatchingPerson {
        MatchingPerson(scoring: project, questionnaire: try QuestionnaireCache.shared.get()).withRegionalProspects(of: project.profil, in: catalogue)
    }

    /// The ranking of a person whose readiness is already known (a page that says "not ready" itself).
    static func ranked(
        _ person: MatchingPerson, readiness: SuggestionReadiness, limit: Int, catalogue: CatalogueCache.Loaded,
        language: Language
    ) -> [SavedSuggestion] {
        MatchingRanking(index: catalogue.index, person: person).top(limit).map { SavedSuggestion($0, language: language, readiness: readiness) }
    }

    /// `GET /v1/projects/{id}/suggestions?limit=N`
    static func read(_ call: RouteCall) async throws -> Response {
        let limit = try limit(call), language = call.language, cache = call.services.catalogue
        let loaded = try await call.load(), projects = call.services.projects
        let catalogue = try await Blocking.run { try cache.catalogue() }
        let representation = Representation(revision: loaded.revision.number, catalogue: catalogue.version, language: language)
        return try await call.conditional(representation) {
            // The same revision, catalogue, limit, language and viewer always rank the same: computed once per process.
            let json = try await Blocking.run {
                try projects.view("suggestions?limit=\(limit)&lang=\(language.rawValue)/" + call.viewer.cacheKey, of: loaded) {
                    let loadedCatalogue = try cache.get()
                    let (person, readiness) = try rankable(loaded.project, catalogue: loadedCatalogue.catalogue, language)
                    let index = loadedCatalogue.index
                    return try Responses.encode(
                        SuggestionListJSON(
                            project: loaded.project.id, revision: loaded.revision.number, person: person,
                            index: index, matches: MatchingRanking(index: index, person: person).top(limit),
                            readiness: readiness, language: language))
                }
            }
            return Responses.encodedJSON(json)
        }
    }

    /// `POST /v1/projects/{id}/suggestions?limit=N` (If-Match): computes and saves them (format 1.1
    /// `<suggestions>`, stamped with the catalogue and engine).
    static func save(_ call: RouteCall) async throws -> Response {
        let limit = try limit(call), language = call.language
        let catalogue = try await Blocking.run { [cache = call.services.catalogue] in try cache.get() }
        // Ranked from the revision If-Match names: a stale base is refused before anything is saved.
        let loaded = try await call.load()
        let shown = try suggestions(for: loaded.project, limit: limit, catalogue: catalogue, language: language)
        return try await call.apply(RecordSuggestionsEdit(suggestions: shown, catalogue: catalogue.catalogue.stampDescription, engine: JalonVersion.current))
    }

    static func fiche(_ call: RouteCall, in catalogue: CatalogueCache.Loaded) throws -> RomeCode {
        let text = try call.parameter("code")
        guard let code = RomeCode(text.uppercased()), catalogue.index.row(of: code) != nil else {
            throw Problem.notFound(
                call.language.pick(
                    fr: "« \(text) » n’est pas une fiche ROME du catalogue (comme J1501)",
                    en: "'\(text)' is not a ROME fiche of the catalogue (such as J1501)"), call.language)
        }
        return code
    }

    /// `GET /v1/projects/{id}/pistes/{code}`: the detailed score and the levers.
    static func explain(_ call: RouteCall) async throws -> Response {
        let language = call.language
        let catalogue = try await Blocking.run { [cache = call.services.catalogue] in try cache.get() }
        let code = try fiche(call, in: catalogue)
        let loaded = try await call.load()
        let person = try person(loaded.project, catalogue: catalogue.catalogue)
        let ranking = MatchingRanking(index: catalogue.index, person: person)
        // A fiche the person set aside is never suggested, so it has no explanation to give (as documented).
        guard !person.ecartees.contains(code), let match = ranking.match(for: code) else {
            throw Problem.notFound(language.pick(fr: "la fiche \(code) est écartée de ce projet", en: "fiche \(code) is set aside in this project"), language)
        }
        let representation = Representation(revision: loaded.revision.number, catalogue: catalogue.catalogue.version, language: language)
        return try await call.conditional(representation) {
            let tension = catalogue.catalogue.tension(of: code, departement: loaded.project.profil?.departement)
            let view = ExplanationJSON(
                match, levers: ranking.levers(for: code), debouches: tension.map { MetierTensionSummary($0, language: language) },
                language: language)
            return try Responses.json(view)
        }
    }

    /// `GET /v1/projects/{id}/passerelles?from=OGR|CODE&limit=N`: the métiers near the appellations the
    /// person held (or near `from`), by ROME mobilities and shared cœur de métier.
    static func passerelles(_ call: RouteCall) async throws -> Response {
        let language = call.language, limit = try limit(call)
        let catalogue = try await Blocking.run { [cache = call.services.catalogue] in try cache.get() }
        let loaded = try await call.load(), index = catalogue.index
        let person = MatchingPerson(scoring: loaded.project, questionnaire: try call.services.questionnaire.get())
        let starts: [PasserelleStart]
        do throws(PasserelleStartFailure) { starts = try index.passerelleStarts(from: call.query("from"), person: person) } catch {
            switch error {
            case .unknownSource:
                throw Problem.notFound("from : " + error.message(in: language), language)
            case .noExperience:
                throw Problem(
                    .unprocessableContent, kind: "no-experience", title: language.pick(fr: "Pas de point de départ", en: "No starting point"),
                    detail: error.message(in: language) + language.pick(fr: " : donnez from (code OGR ou ROME)", en: ": give from (OGR or ROME code)"))
            }
        }
        let representation = Representation(revision: loaded.revision.number, catalogue: catalogue.catalogue.version, language: language)
        return try await call.conditional(representation) {
            let sources = starts.map { (start: $0, passerelles: index.passerelles(from: $0.fiche, limit: limit, excluding: person.ecartees)) }
            return try Responses.json(PasserellesJSON(project: loaded.project.id, sources: sources, index: index, language: language))
        }
    }

    /// `GET /v1/projects/{id}/formations/{code}?limit=N`: the ranked paths to a métier (not saved), in the
    /// shape of `jalon formations --json` (`TrainingPathsJSON`).
    static func trainings(_ call: RouteCall) async throws -> Response {
        let language = call.language, limit = try limit(call)
        let catalogue = try await Blocking.run { [cache = call.services.catalogue] in try cache.get() }
        let code = try fiche(call, in: catalogue)
        let loaded = try await call.load()
        guard let input = catalogue.catalogue.trainingPathsInput(target: code, project: loaded.project, today: Timestamp.now().day, offers: nil) else {
            throw Problem.notFound(language.pick(fr: "aucun parcours connu vers \(code)", en: "no known path to \(code)"), language)
        }
        let representation = Representation(revision: loaded.revision.number, catalogue: catalogue.catalogue.version, language: language)
        return try await call.conditional(representation) {
            try Responses.json(
                TrainingPathsJSON(
                    project: loaded.project, input: input, paths: TrainingPaths(input),
                    catalogueVersion: catalogue.catalogue.version, limit: limit, language: language))
        }
    }
}
