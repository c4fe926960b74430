import Hummingbird
import JalonCatalogue
import JalonCore
import JalonLocale
import JalonStore

/// Pistes: the ranked suggestions with their score and « pourquoi », one métier's explanation (the
/// components that add up to the score, the levers), saving the suggestions in the project.
enum PistesPages {
    /// As many as `jalon demo` shows and saves, so that the same choices save the same document.
    static let shown = 8

    static func list(_ call: WebCall) async throws -> Response {
        let loaded = try await call.load()
        return try await KeptPage.render(call, loaded, template: "pistes", frame: .init(title: Step.pistes.title(in: call.language), step: "pistes")) {
            try await content(call, loaded)
        }
    }

    static func content(_ call: WebCall, _ loaded: ProjectRepository.Loaded) async throws -> [String: Any] {
        let language = call.language, cache = call.services.catalogue
        let base = "/carnet/\(call.id.rawValue)/pistes"
        let loadedCatalogue = try await Blocking.run { try cache.get() }
        let catalogue = loadedCatalogue.catalogue
        // Nothing to rank on yet: the page says what to do first instead of an empty or alphabetical list.
        let person = try ComputedHandlers.person(loaded.project, catalogue: catalogue)
        let readiness = SuggestionReadiness(person: person)
        let suggestions =
            readiness == .notReady
            ? []
            : try await Blocking.run {
                ComputedHandlers.ranked(person, readiness: readiness, limit: shown, catalogue: loadedCatalogue, language: language)
            }
        let kept = loaded.project.pistes?.retenues ?? []
        let departement = loaded.project.profil?.departement
        return [
            "suggestions": suggestions.map { suggestion -> [String: Any] in
                // Débouchés: the Dares figure's headline (area, year), with its publisher named.
                let debouches = catalogue.tension(of: suggestion.fiche, departement: departement).map {
                    language.pick(
                        fr: "\($0.headline(in: language)) — source : \($0.source.publisher)",
                        en: "\($0.headline(in: language)) — source: \($0.source.publisher)")
                }
                // Asked for « métiers qui recrutent »: the points the job prospects add, like every other component's.
                let hiring = suggestion.composantes.first { $0.nom == MatchScore.Part.debouches.rawValue }.map { component in
                    let points = MatchScore.pointsText(tenths: Int(((component.points?.value ?? 0) * 10).rounded()), language)
                    return language.pick(
                        fr: "Débouchés (préférence « métiers qui recrutent ») : +\(points) pts",
                        en: "Prospects (preference “jobs that are hiring”): +\(points) pts")
                }
                return [
                    "code": suggestion.fiche.rawValue, "label": suggestion.libelle ?? suggestion.fiche.rawValue, "rank": suggestion.rang,
                    "debouches": debouches.map { [$0] } ?? [], "hiring": hiring.map { [$0] } ?? [],
                    "score": suggestion.score, "bar": max(1, min(100, suggestion.score)) * 2, "reasons": suggestion.raisons,
                    "href": base + "/" + suggestion.fiche.rawValue,
                    "kept": kept.contains { $0.fiche == suggestion.fiche }
                ]
            },
            "kept": kept.map { ["code": $0.fiche.rawValue, "href": base + "/" + $0.fiche.rawValue] }, "hasKept": !kept.isEmpty,
            "action": base, "decideAction": base + "/decision", "decide": true, "revision": loaded.revision.number,
            "saved": loaded.project.suggestions != nil,
            "notReady": readiness == .notReady ? [SuggestionReadiness.notReadySentence(in: language)] : [],
            "provisional": readiness.provisionalSentences(in: language)
        ]
    }

    /// `POST …/pistes`: saves the suggestions shown (`RecordSuggestionsEdit`, as `POST …/suggestions`).
    static func save(_ call: WebCall) async throws -> Response {
        let cache = call.services.catalogue, language = call.language
        let catalogue = try await Blocking.run { try cache.get() }
        let loaded = try await call.load()
        let suggestions = try ComputedHandlers.suggestions(for: loaded.project, limit: shown, catalogue: catalogue, language: language)
        try await call.apply(RecordSuggestionsEdit(suggestions: suggestions, catalogue: catalogue.catalogue.stampDescription, engine: JalonVersion.current))
        return WebPage.redirect("/carnet/\(call.id.rawValue)/pistes", done: "enregistre")
    }

    static func explain(_ call: WebCall) async throws -> Response {
        let language = call.language, cache = call.services.catalogue
        let catalogue = try await Blocking.run { try cache.get() }
        let text = call.parameter("code")
        let notFound = PageFailure(
            status: .notFound,
            message: language.pick(
                fr: "« \(text) » n’est pas une fiche ROME du catalogue.",
                en: "“\(text)” is not a ROME fiche of the catalogue."))
        guard let code = RomeCode(text.uppercased()), catalogue.index.row(of: code) != nil else { throw notFound }
        let loaded = try await call.load()
        let ranking = MatchingRanking(index: catalogue.index, person: try ComputedHandlers.person(loaded.project, catalogue: catalogue.catalogue))
        guard let match = ranking.match(for: code) else {
            throw PageFailure(
                status: .notFound, message: language.pick(fr: "La fiche \(code) est écartée de ce projet.", en: "Fiche \(code) is set aside in this project."))
        }
        let suggestion = SavedSuggestion(match, language: language)
        let content: [String: Any] = [
            "code": code.rawValue, "score": suggestion.score, "bar": max(1, min(100, suggestion.score)) * 2, "reasons": suggestion.raisons,
            "components": suggestion.composantes.map { component -> [String: Any] in
                [
                    "name": component.nom, "value": component.valeur.description, "weight": component.poids.description,
                    "items": component.elements.map { $0.libelle ?? $0.code }
                ]
            },
            "levers": ranking.levers(for: code).prefix(8).map { ["label": $0.label, "gain": String(format: "+%.1f", $0.gain)] },
            "debouches": catalogue.catalogue.tension(of: code, departement: loaded.project.profil?.departement).map { tension -> [[String: Any]] in
                let components = tension.components.map { ["sentence": $0.sentence(in: language)] }
                return [
                    [
                        "headline": tension.headline(in: language), "meaning": tension.meaning(in: language), "components": components,
                        "hasComponents": !components.isEmpty, "salary": tension.salaryLine(in: language).map { [$0] } ?? [],
                        "caveats": tension.caveats(in: language)
                    ]
                ]
            } ?? [],
            "noDebouches": language.pick(
                fr: "Aucun chiffre de tension publié par la Dares pour la famille de ce métier.",
                en: "No tension figure published by Dares for this job's family."),
            "back": "/carnet/\(call.id.rawValue)/pistes"
        ]
        return WebPage.render(call, template: "metier", frame: .init(title: suggestion.libelle ?? code.rawValue, step: "pistes"), content: content)
    }
}
