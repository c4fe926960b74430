import JalonCore

/// A project as it leaves the person's machine: one revision, minimised to what the person chose to
/// share, with its history in summary, the data sources its results came from, and the SHA-256 of the
/// canonical XML (C14N) of the minimised project document, which every export format states.
public struct Dossier: Sendable {
    /// The minimised project (`Project.minimised(for:)`); its id is the project's.
    public var project: Project
    public var share: DossierShare
    /// The store revision this dossier was made from: the base an annotated dossier merges onto.
    public var revision: Int
    public var exported: Timestamp
    /// Every revision up to `revision`, oldest first.
    public var history: [DossierRevision]
    /// The data the saved results were computed from, and the engine that computed them.
    public var sources: [DossierSource]
    /// SHA-256 (hex) of the C14N of `ProjectCodec.encode(project)`.
    public var fingerprint: String
    /// Set when a counsellor annotated the dossier (`jalon dossier annotate`): who, when, and the
    /// fingerprint the dossier had before.
    public var annotation: DossierAnnotation?
    /// The catalogue's words for the project's codes (skill categories, centres d'intérêt): outside
    /// the project document and the fingerprint; empty when the dossier was made without a catalogue.
    public var references: DossierReferenceLabels

    public init(
        project: Project, share: DossierShare, revision: Int, exported: Timestamp,
        history: [DossierRevision], sources: [DossierSource], fingerprint: String,
        annotation: DossierAnnotation? = nil, references: DossierReferenceLabels = .none
    ) {
        self.project = project
        self.share = share
        self.revision = revision
        self.exported = exported
        self.history = history
        self.sources = sources
        self.fingerprint = fingerprint
        self.annotation = annotation
        self.references = references
    }

    /// The person's name when it is shared: the profile's display name, else the project's title (the
    /// name given at `jalon init --name`).
    public var sharedName: String? {
        share.contains(.name) ? project.profil?.nomAffiche ?? project.metadata.titre : nil
    }

    /// How the dossier names the person: the shared name, else the pseudonym.
    public var personLabel: String { sharedName ?? project.pseudonym }
}

/// One line of a dossier's revision summary. The author's name is kept only for counsellors (a
/// professional signature); the person's own revisions say "person".
public struct DossierRevision: Hashable, Sendable {
    public var number: Int
    public var created: Timestamp
    /// `person`, `counsellor`, `portal` or `jalon` (the store's `RevisionAuthor.Role` raw values).
    public var role: String
    public var counsellorName: String?
    public var message: String

    public init(number: Int, created: Timestamp, role: String, counsellorName: String?, message: String) {
        self.number = number
        self.created = created
        self.role = role
        self.counsellorName = counsellorName
        self.message = message
    }
}

/// Where a saved result's data came from: the step, the catalogue version (with its sources' versions,
/// e.g. `2.2 (rome@v460 rncp@2026-10 …)`), when it was computed and by which engine version.
public struct DossierSource: Hashable, Sendable {
    public enum Result: String, Hashable, Sendable { case suggestions, parcours }
    public var result: Result
    public var catalogue: String
    public var computed: Timestamp
    public var engine: String

    public init(result: Result, catalogue: String, computed: Timestamp, engine: String) {
        self.result = result
        self.catalogue = catalogue
        self.computed = computed
        self.engine = engine
    }
}
