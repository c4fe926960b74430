import Foundation
import JalonCore

/// What the store knows of one revision, without its document.
public struct RevisionInfo: Sendable, Equatable {
    public var projectID: ProjectID
    /// 1 for the first revision, then +1 per save.
    public var number: Int
    /// The revision this one was saved on top of; nil for the first.
    public var parent: Int?
    /// For a restore: the old revision whose content this one repeats.
    public var restoredFrom: Int?
    /// When the revision was committed (UTC, whole seconds).
    public var created: Timestamp
    public var author: RevisionAuthor
    public var message: String
    /// The format version of the stored document.
    public var schemaVersion: String
    /// SHA-256 of the canonical XML (C14N) of the stored project document.
    public var fingerprint: String

    public init(
        projectID: ProjectID, number: Int, parent: Int?, restoredFrom: Int? = nil, created: Timestamp,
        author: RevisionAuthor, message: String, schemaVersion: String, fingerprint: String
    ) {
        self.projectID = projectID
        self.number = number
        self.parent = parent
        self.restoredFrom = restoredFrom
        self.created = created
        self.author = author
        self.message = message
        self.schemaVersion = schemaVersion
        self.fingerprint = fingerprint
    }
}
