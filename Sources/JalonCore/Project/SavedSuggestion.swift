/// One métier as it was suggested: its rank and score, the parts of the score with the items behind
/// them, and the reasons shown, in French, as displayed.
public struct SavedSuggestion: Hashable, Sendable {
    public var fiche: RomeCode
    /// The fiche's label as shown; the code is authoritative.
    public var libelle: String?
    /// 1 for the best suggestion.
    public var rang: Int
    /// 0–100.
    public var score: Int
    public var composantes: [SavedScoreComponent]
    public var raisons: [String]

    public init(
        fiche: RomeCode, libelle: String? = nil, rang: Int, score: Int,
        composantes: [SavedScoreComponent] = [], raisons: [String] = []
    ) {
        self.fiche = fiche
        self.libelle = libelle?.isEmpty == true ? nil : libelle
        self.rang = rang
        self.score = score
        self.composantes = composantes
        self.raisons = raisons
    }
}
