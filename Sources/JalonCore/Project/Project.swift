/// A person's professional project: everything the seven steps of the journey gathered, with the
/// counsellors' notes and whatever a portal attached. A section is nil until the person starts it, so
/// "not started" and "started, nothing yet" stay distinct.
public struct Project: Hashable, Sendable, Identifiable {
    public let id: ProjectID
    public var metadata: Metadata
    public var progression: Progression
    public var profil: Profil?
    public var interets: Interets?
    public var competences: Competences?
    public var pistes: Pistes?
    /// The métier suggestions as shown at step 4, when saved (format 1.1).
    public var suggestions: SavedSuggestions?
    public var formations: [Formation]
    /// The training paths as shown at step 5, when saved (format 1.1).
    public var parcours: SavedTrainingPaths?
    public var plan: [PlanAction]
    public var synthese: Synthese?
    public var notes: [CounsellorNote]
    /// What each counsellor may see (format 1.2); empty: every counsellor sees nothing personal.
    public var consent: Consent
    public var extensions: Extensions?

    public init(
        id: ProjectID = ProjectID(), metadata: Metadata, progression: Progression = Progression(),
        profil: Profil? = nil, interets: Interets? = nil, competences: Competences? = nil,
        pistes: Pistes? = nil, suggestions: SavedSuggestions? = nil, formations: [Formation] = [],
        parcours: SavedTrainingPaths? = nil, plan: [PlanAction] = [],
        synthese: Synthese? = nil, notes: [CounsellorNote] = [], consent: Consent = .none, extensions: Extensions? = nil
    ) {
        self.id = id
        self.metadata = metadata
        self.progression = progression
        self.profil = profil
        self.interets = interets
        self.competences = competences
        self.pistes = pistes
        self.suggestions = suggestions
        self.formations = formations
        self.parcours = parcours
        self.plan = plan
        self.synthese = synthese
        self.notes = notes
        self.consent = consent
        self.extensions = extensions
    }

    /// The notes a counsellor left on `step`, oldest first.
    public func notes(on step: Step) -> [CounsellorNote] {
        notes.filter { $0.section == step }.sorted { $0.date < $1.date }
    }
}

extension Project {
    /// The same project under another id: how an import that collides with a stored project gets a
    /// fresh identity without touching anything else.
    public func withID(_ id: ProjectID) -> Project {
        Project(
            id: id, metadata: metadata, progression: progression, profil: profil, interets: interets,
            competences: competences, pistes: pistes, suggestions: suggestions, formations: formations,
            parcours: parcours, plan: plan,
            synthese: synthese, notes: notes, consent: consent, extensions: extensions)
    }
}
