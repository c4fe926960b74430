import JalonCore
import JalonStore

/// An XML dossier as read from a file: the dossier its envelope states (with the embedded project,
/// checked against the schema of its version, migrated and decoded), and whether its fingerprint still
/// holds. The dossier's fields read through: `file.project`, `file.share`, `file.revision`…
@dynamicMemberLookup
public struct DossierFile: Sendable {
    /// The dossier as the file states it; its `fingerprint` is the one `<empreinte>` states.
    public var dossier: Dossier
    /// SHA-256 of the C14N of the embedded `<project>` as it is in the file.
    public var fingerprintComputed: String
    /// The format the embedded project was written in, and the migrations that brought it to the current one.
    public var projectVersion: FormatVersion
    public var appliedMigrations: [String]
    /// The dossier's own XML Signature element as it is in the file (checked by `DossierSignature.verify`,
    /// not here), or nil for an unsigned dossier.
    public var signature: String?

    public init(
        dossier: Dossier, fingerprintComputed: String, projectVersion: FormatVersion, appliedMigrations: [String],
        signature: String? = nil
    ) {
        self.dossier = dossier
        self.fingerprintComputed = fingerprintComputed
        self.projectVersion = projectVersion
        self.appliedMigrations = appliedMigrations
        self.signature = signature
    }

    public subscript<Value>(dynamicMember keyPath: KeyPath<Dossier, Value>) -> Value { dossier[keyPath: keyPath] }

    public subscript<Value>(dynamicMember keyPath: WritableKeyPath<Dossier, Value>) -> Value {
        get { dossier[keyPath: keyPath] }
        set { dossier[keyPath: keyPath] = newValue }
    }

    /// What `<empreinte>` says.
    public var fingerprintStated: String { dossier.fingerprint }

    /// The embedded project is exactly the one the fingerprint was stated for.
    public var isIntact: Bool { fingerprintStated == fingerprintComputed }

    /// The `--share` words the envelope does not state although the embedded project holds their data
    /// (a dossier Jalon wrote has none): the envelope's account of what was shared is then not true.
    public var undeclaredShareWords: [String] {
        let project = dossier.project, full = project.minimised(for: .all)
        return DossierShare.keywords.filter { !dossier.share.contains($0.item) && project.minimised(for: DossierShare.all.subtracting($0.item)) != full }
            .map(\.word)
    }
}
