import JalonLocale

extension SavedSuggestion {
    /// A suggestion as the person was shown it: rank, shown total, each part with its value, its weight
    /// (``MatchScore/Part/weight``), the points it adds (adding up to the shown total) and the items behind
    /// it, and the "pourquoi" sentences in the language shown — after the reason the suggestions are
    /// provisional, when they are (``SuggestionReadiness``). Items kept: the centres the person rated,
    /// every matched item, and the missing cœur-de-métier items (the others are the fiche's long tail,
    /// which the person did not see).
    public init(_ match: MetierMatch, language: Language, readiness: SuggestionReadiness = .ready) {
        let score = match.score
        let centres = match.centres.filter { $0.rating != nil }.map {
            SavedScoreItem(code: String($0.centre.rawValue), role: .contribue, libelle: $0.label)
        }
        let items =
            match.matchedItems.map { SavedScoreItem(code: $0.item.description, role: .correspond, libelle: $0.label) }
            + match.missingItems.filter(\.isCoeurDeMetier).map { SavedScoreItem(code: $0.item.description, role: .manque, libelle: $0.label) }
        let elements: [MatchScore.Part: [SavedScoreItem]] = [
            .interets: centres, .competences: items,
            .mobilite: match.mobilite.map { [SavedScoreItem(code: $0.from.rawValue, role: .contribue, libelle: $0.fromLabel)] } ?? [],
            // The family whose tension counted, and the figure in words.
            .debouches: match.prospects.map { [SavedScoreItem(code: $0.family, role: .contribue, libelle: $0.reason(in: language))] } ?? []
        ]
        let shown = score.shownPointTenths
        let zero = ScoreFigure(thousandths: 0)!
        self.init(
            fiche: match.code, libelle: match.label, rang: match.rank, score: Int((Double(score.shownTotalTenths) / 10).rounded()),
            composantes: score.parts.map { part in
                SavedScoreComponent(
                    nom: part.rawValue, valeur: ScoreFigure(100 * score.value(part)) ?? zero,
                    poids: ScoreFigure(part.weight) ?? zero, points: ScoreFigure(thousandths: 100 * shown[part]!),
                    elements: elements[part] ?? [])
            },
            raisons: readiness.provisionalSentences(in: language) + match.reasons(in: language))
    }
}
