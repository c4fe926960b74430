import JalonLocale

/// One thing a person or a counsellor can do to a project (rate a centre, keep a métier, add a plan
/// action…), with its validation: the CLI, the HTTP API and the web pages build this value from their
/// input and apply it through `ProjectRepository.mutate`, so a rule lives here and nowhere else.
/// `apply` changes `project` only when it succeeds; a throw leaves the caller's copy to be discarded.
public protocol ProjectEdit: Sendable {
    associatedtype Change: Sendable = Void
    /// Applies the edit, calling `recordChange` for the step it touches; returns the revision's message
    /// and what changed.
    func apply(to project: inout Project, in context: EditContext) throws(EditFailure) -> EditResult<Change>
}

/// What an edit did: the revision's message, the step it changed, and the edit's own details.
public struct EditResult<Change: Sendable>: Sendable {
    public var message: String
    /// The step whose section changed (`recordChange` has been applied for it).
    public var step: Step
    public var change: Change

    public init(message: String, step: Step, change: Change) {
        self.message = message
        self.step = step
        self.change = change
    }
}

extension EditResult where Change == Void {
    public init(message: String, step: Step) { self.init(message: message, step: step, change: ()) }
}

/// What every edit may need besides the project: the language of messages, today (plan dates are
/// checked against it), and the resources loaded once per process (catalogue, questionnaire).
public struct EditContext: Sendable {
    public var language: Language
    public var now: Timestamp
    public var catalogue: (any EditCatalogue)?
    public var questionnaire: Questionnaire?

    public init(language: Language, now: Timestamp = .now(), catalogue: (any EditCatalogue)? = nil, questionnaire: Questionnaire? = nil) {
        self.language = language
        self.now = now
        self.catalogue = catalogue
        self.questionnaire = questionnaire
    }

    public var today: Day { now.day }

    /// The catalogue, which edits naming ROME or RNCP codes need.
    func requireCatalogue(_ field: String) throws(EditFailure) -> any EditCatalogue {
        guard let catalogue else { throw EditFailure.missingResource(field, fr: "le catalogue", en: "the catalogue") }
        return catalogue
    }

    func requireQuestionnaire(_ field: String) throws(EditFailure) -> Questionnaire {
        guard let questionnaire else { throw EditFailure.missingResource(field, fr: "le questionnaire", en: "the questionnaire") }
        return questionnaire
    }

    func pick(fr: String, en: String) -> String { language.pick(fr: fr, en: en) }
}

/// The reference data edits check codes against (JalonCatalogue's `Catalogue` conforms), so the core
/// stays free of the catalogue's storage.
public protocol EditCatalogue: Sendable {
    func fiche(_ code: RomeCode) -> Fiche?
    func appellation(_ ogr: OgrCode) -> Appellation?
    /// The items the fiche marks `Principale`.
    func coeurDeMetier(of code: RomeCode) -> [FicheItem]
    func competence(_ ogr: OgrCode) -> RomeCompetence?
    func certification(_ code: CertificationCode) -> Certification?
    /// Appellations for an experience told in `words`, best first; a text that cannot name any
    /// (empty, a letter, symbols only, too long) is refused with a sentence for the `appellation` field.
    func appellationCandidates(_ words: String) throws(EditFailure) -> [EditCandidate]
    /// Names the catalogue in saved computations (`ComputationStamp.catalogue`).
    var stampDescription: String { get }
}
