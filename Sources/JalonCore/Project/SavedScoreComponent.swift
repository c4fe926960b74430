/// One part of a saved score: its name (`interets`, `competences`, `acces`, `mobilite`,
/// `preferences`…, an open set so the engine can grow without a format change), its value and weight,
/// and the items that produced it.
public struct SavedScoreComponent: Hashable, Sendable {
    public var nom: String
    /// 0–100.
    public var valeur: ScoreFigure
    /// 0–1.
    public var poids: ScoreFigure
    public var elements: [SavedScoreItem]

    public init(nom: String, valeur: ScoreFigure, poids: ScoreFigure, elements: [SavedScoreItem] = []) {
        self.nom = nom
        self.valeur = valeur
        self.poids = poids
        self.elements = elements
    }
}
