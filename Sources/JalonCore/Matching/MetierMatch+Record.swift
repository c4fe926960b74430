import JalonLocale

extension SavedSuggestion {
    /// A suggestion as the person was shown it: rank, rounded total, each component with its weight and
    /// the items behind it, and the "pourquoi" sentences in the language shown. Items kept: the centres
    /// the person rated, every matched item, and the missing cœur-de-métier items (the others are the
    /// fiche's long tail, which the person did not see).
    public init(_ match: MetierMatch, language: Language) {
        let score = match.score
        let centres = match.centres.filter { $0.rating != nil }.map {
            SavedScoreItem(code: String($0.centre.rawValue), role: .contribue, libelle: $0.label)
        }
        let items = match.matchedItems.map { SavedScoreItem(code: $0.item.description, role: .correspond, libelle: $0.label) }
            + match.missingItems.filter(\.isCoeurDeMetier).map { SavedScoreItem(code: $0.item.description, role: .manque, libelle: $0.label) }
        let components: [(String, Double, Double, [SavedScoreItem])] = [
            ("interets", score.interest, MatchingWeights.interest, centres),
            ("competences", score.skill, MatchingWeights.skill, items),
            ("acces", score.access, MatchingWeights.access, []),
            ("mobilite", score.mobilite, MatchingWeights.mobiliteBonus,
             match.mobilite.map { [SavedScoreItem(code: $0.from.rawValue, role: .contribue, libelle: $0.fromLabel)] } ?? []),
            ("preferences", score.preference, MatchingWeights.preferenceBonus, []),
        ]
        self.init(fiche: match.code, libelle: match.label, rang: match.rank, score: Int(score.total.rounded()),
                  composantes: components.map { name, value, weight, elements in
                      SavedScoreComponent(nom: name, valeur: ScoreFigure(100 * value) ?? ScoreFigure(thousandths: 0)!,
                                          poids: ScoreFigure(weight) ?? ScoreFigure(thousandths: 0)!, elements: elements)
                  },
                  raisons: match.reasons(in: language))
    }
}
