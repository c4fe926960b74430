import JalonCore
import JalonStore

/// An XML dossier as read from a file: the envelope's statements, the embedded project (checked
/// against the schema of its version, migrated and decoded), and whether its fingerprint still holds.
public struct DossierFile: Sendable {
    /// The embedded project, in the current format.
    public var project: Project
    public var share: DossierShare
    /// The store revision the dossier was exported from: the base of an annotation's merge.
    public var revision: Int
    public var exported: Timestamp
    public var history: [DossierRevision]
    public var sources: [DossierSource]
    public var annotation: DossierAnnotation?
    /// What `<empreinte>` says.
    public var fingerprintStated: String
    /// SHA-256 of the C14N of the embedded `<project>` as it is in the file.
    public var fingerprintComputed: String
    /// The format the embedded project was written in, and the migrations that brought it to the current one.
    public var projectVersion: FormatVersion
    public var appliedMigrations: [String]

    public init(project: Project, share: DossierShare, revision: Int, exported: Timestamp, history: [DossierRevision],
                sources: [DossierSource], annotation: DossierAnnotation?, fingerprintStated: String,
                fingerprintComputed: String, projectVersion: FormatVersion, appliedMigrations: [String]) {
        self.project = project
        self.share = share
        self.revision = revision
        self.exported = exported
        self.history = history
        self.sources = sources
        self.annotation = annotation
        self.fingerprintStated = fingerprintStated
        self.fingerprintComputed = fingerprintComputed
        self.projectVersion = projectVersion
        self.appliedMigrations = appliedMigrations
    }

    /// The embedded project is exactly the one the fingerprint was stated for.
    public var isIntact: Bool { fingerprintStated == fingerprintComputed }

    /// The `--share` words the envelope does not state although the embedded project holds their data
    /// (a dossier Jalon wrote has none): the envelope's account of what was shared is then not true.
    public var undeclaredShareWords: [String] {
        let full = project.minimised(for: .all)
        return DossierShare.keywords.filter { !share.contains($0.item) && project.minimised(for: DossierShare.all.subtracting($0.item)) != full }
            .map(\.word)
    }

    /// The dossier this file holds, stating the fingerprint the file states.
    public var dossier: Dossier {
        Dossier(project: project, share: share, revision: revision, exported: exported, history: history,
                sources: sources, fingerprint: fingerprintStated, annotation: annotation)
    }
}
