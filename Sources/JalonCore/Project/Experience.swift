/// Something the person has done that shows skills: a job, an internship, volunteering, a hobby.
/// It names a ROME appellation, a free label, or both (the appellation "Agent de montage-assemblage
/// mécanique" and the person's own "monteur sur ligne carrosserie").
public struct Experience: Hashable, Sendable, Identifiable {
    public enum Nature: String, CaseIterable, Sendable, CustomStringConvertible {
        case emploi, stage, benevolat, loisir
        public var description: String { rawValue }
    }

    public let id: ExperienceID
    public var nature: Nature
    public private(set) var appellation: RomeItemRef?
    public private(set) var intitule: String?
    /// The employer or organisation, if the person wants it said.
    public var structure: String?
    public var debut: Day?
    public var fin: Day?
    /// Total time spent, in years (half-years allowed), for experiences without precise dates.
    public var annees: Double?
    public var detail: String?

    /// Nil when neither an appellation nor a non-empty label is given: an experience must say what it was.
    public init?(
        id: ExperienceID, nature: Nature, appellation: RomeItemRef? = nil, intitule: String? = nil,
        structure: String? = nil, debut: Day? = nil, fin: Day? = nil, annees: Double? = nil,
        detail: String? = nil
    ) {
        let intitule = intitule?.isEmpty == true ? nil : intitule
        guard appellation != nil || intitule != nil else { return nil }
        self.id = id
        self.nature = nature
        self.appellation = appellation
        self.intitule = intitule
        self.structure = structure
        self.debut = debut
        self.fin = fin
        self.annees = annees
        self.detail = detail
    }
}
