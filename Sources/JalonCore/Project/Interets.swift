/// Step 2: what draws the person, as centres d'intérêt ratings and RIASEC answers, and the profile
/// computed from the answers.
public struct Interets: Hashable, Sendable {
    /// At most one rating per centre (the schema enforces it with `xs:unique`).
    public var centres: [CentreInteretRating]
    public var riasec: RiasecAnswers?
    public var profil: SavedRiasecProfile?

    public init(
        centres: [CentreInteretRating] = [], riasec: RiasecAnswers? = nil, profil: SavedRiasecProfile? = nil
    ) {
        self.centres = centres
        self.riasec = riasec
        self.profil = profil
    }

    public func rating(of centre: CentreInteretCode) -> Rating? {
        centres.first { $0.centre == centre }?.rating
    }
}
