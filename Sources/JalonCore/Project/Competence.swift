/// A skill in the person's portfolio: a ROME item (by `code_ogr`) or the person's own words, where it
/// comes from, how well it is mastered, and what shows it.
public struct Competence: Hashable, Sendable {
    /// Where the skill entered the project.
    public enum Source: Hashable, Sendable {
        /// Confirmed by the person from one of their experiences.
        case experience(ExperienceID)
        /// Added by the person directly.
        case declaree
        /// Proposed by Jalon (from an experience when known) and not confirmed yet.
        case suggeree(from: ExperienceID?)

        /// The experience this source points to, if any (the schema checks it exists).
        public var experience: ExperienceID? {
            switch self {
            case .experience(let id): id
            case .suggeree(let id): id
            case .declaree: nil
            }
        }
    }

    public private(set) var item: RomeItemRef?
    public private(set) var libelle: String?
    public var source: Source
    /// Nil until the person rates it (suggestions start unrated).
    public var maitrise: Maitrise?
    /// What shows the skill: a certificate, a task done, a reference.
    public var preuves: [String]

    /// Nil when neither a ROME item nor a non-empty label is given.
    public init?(
        item: RomeItemRef? = nil, libelle: String? = nil, source: Source,
        maitrise: Maitrise? = nil, preuves: [String] = []
    ) {
        let libelle = libelle?.isEmpty == true ? nil : libelle
        guard item != nil || libelle != nil else { return nil }
        self.item = item
        self.libelle = libelle
        self.source = source
        self.maitrise = maitrise
        self.preuves = preuves
    }
}
