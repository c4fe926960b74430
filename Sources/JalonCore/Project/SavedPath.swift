/// One ranked path towards a target: its certifications in the order they are taken, and the reasons
/// shown, in French, as displayed.
public struct SavedPath: Hashable, Sendable {
    /// 1 for the best path to its target.
    public var rang: Int
    /// 0–100.
    public var score: Int
    /// At least one.
    public var etapes: [SavedPathStep]
    public var raisons: [String]

    public init(rang: Int, score: Int, etapes: [SavedPathStep], raisons: [String] = []) {
        self.rang = rang
        self.score = score
        self.etapes = etapes
        self.raisons = raisons
    }
}
