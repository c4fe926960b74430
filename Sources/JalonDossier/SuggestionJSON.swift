import JalonCore
import JalonLocale

/// A métier suggestion as JSON, the one shape `jalon pistes suggest --json`, the API's suggestions
/// and explanation, and the JSON dossier all use (`Resources/Schemas/suggestions-1.0.schema.json`):
/// the dossier's English field names over JalonCore's record (`SavedSuggestion`), so that what a
/// program reads is word for word what the project keeps. Absent values are left out, as in the dossier.
public struct SuggestionJSON: Encodable, Sendable {
    public struct Component: Encodable, Sendable {
        public struct Item: Encodable, Sendable {
            /// A centre (1…30), an OGR skill code, or the ROME fiche a mobility comes from.
            var code: String
            /// `correspond` (the person has it), `manque` (a missing cœur-de-métier skill), `contribue`.
            var role: String
            var label: String?
        }
        /// `interets`, `competences`, `acces`, `mobilite`, `preferences`, and `debouches` when the person asked for métiers qui recrutent.
        var name: String
        /// 0–100.
        var value: Double
        /// `MatchingWeights`; for the bonuses, the share of the gap to 100 they may close.
        var weight: Double
        /// Points added to the shown total (tenths); the components' points add up to it exactly.
        var points: Double
        var items: [Item]
    }
    /// The ranks a tie covers (same shown total).
    public struct Tie: Encodable, Sendable { var first: Int, last: Int }

    var rank: Int
    var fiche: String
    var label: String?
    /// 0–100, rounded; `total` keeps the tenth the components add up to.
    var score: Int
    var total: Double
    var tie: Tie?
    var components: [Component]
    var reasons: [String]

    public init(_ suggestion: SavedSuggestion, tie: ClosedRange<Int>? = nil) {
        rank = suggestion.rang
        fiche = suggestion.fiche.rawValue
        label = suggestion.libelle
        score = suggestion.score
        self.tie = tie.map { Tie(first: $0.lowerBound, last: $0.upperBound) }
        components = suggestion.composantes.map { component in
            Component(
                name: component.nom, value: component.valeur.value, weight: component.poids.value, points: component.points?.value ?? 0,
                items: component.elements.map { Component.Item(code: $0.code, role: $0.role.rawValue, label: $0.libelle) })
        }
        // Records saved before points were shown have none: their total is their rounded score.
        let tenths = components.reduce(0) { $0 + Int(($1.points * 10).rounded()) }
        total = suggestion.composantes.contains { $0.points != nil } ? Double(tenths) / 10 : Double(suggestion.score)
        reasons = suggestion.raisons
    }
}

/// A ranked list of suggestions for one project and revision, as the CLI prints it and the API answers it.
public struct SuggestionListJSON: Encodable, Sendable {
    var project: String
    var revision: Int
    /// How many fiches were ranked (the catalogue's, less those the person set aside).
    var ranked: Int
    /// The fiches the person set aside, never suggested.
    var excluded: [String]
    /// Why the suggestions are provisional; absent when they are not.
    var provisional: String?
    var suggestions: [SuggestionJSON]

    public init(project: ProjectID, revision: Int, ranked: Int, excluded: [RomeCode], provisional: String?, suggestions: [SuggestionJSON]) {
        self.project = project.rawValue
        self.revision = revision
        self.ranked = ranked
        self.excluded = excluded.map(\.rawValue)
        self.provisional = provisional
        self.suggestions = suggestions
    }
}

extension SuggestionListJSON {
    /// `matches` (the top of a ranking of `person` over `index`) as shown in `language`: each as the
    /// record the project would keep, with its tie, and the fiches set aside named.
    public init(
        project: ProjectID, revision: Int, person: MatchingPerson, index: MatchingIndex, matches: [MetierMatch],
        readiness: SuggestionReadiness, language: Language
    ) {
        let excluded = person.ecartees.filter { index.row(of: $0) != nil }.sorted()
        self.init(
            project: project, revision: revision, ranked: index.ficheCount - excluded.count, excluded: excluded,
            provisional: readiness.provisionalSentences(in: language).first,
            suggestions: matches.map { SuggestionJSON(SavedSuggestion($0, language: language, readiness: readiness), tie: $0.tiedRanks) })
    }
}
