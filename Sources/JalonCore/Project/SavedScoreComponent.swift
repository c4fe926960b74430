/// One part of a saved score: its name (`interets`, `competences`, `acces`, `mobilite`,
/// `preferences`…, an open set so the engine can grow without a format change), its value and weight,
/// the points it adds to the score, and the items that produced it.
public struct SavedScoreComponent: Hashable, Sendable {
    public var nom: String
    /// 0–100.
    public var valeur: ScoreFigure
    /// 0–1.
    public var poids: ScoreFigure
    /// The points this part adds to the suggestion's score as shown (0–100, tenths): the parts' points
    /// add up to the shown total. Nil in records saved before Jalon showed them.
    public var points: ScoreFigure?
    public var elements: [SavedScoreItem]

    public init(nom: String, valeur: ScoreFigure, poids: ScoreFigure, points: ScoreFigure? = nil, elements: [SavedScoreItem] = []) {
        self.nom = nom
        self.valeur = valeur
        self.poids = poids
        self.points = points
        self.elements = elements
    }
}
