import JalonCore
import JalonXML

/// Where projects and their revisions live: a folder (`FileProjectStore`) or a PostgreSQL database shared
/// by several servers (`PostgresProjectStore`, in JalonPostgresStore). The interface stays free of paths.
///
/// Every save adds an immutable revision and names the revision it starts from; a stale start is a
/// `StoreError.conflict`, never a lost update.
public protocol ProjectStore: Sendable {
    /// Stores `document` as revision 1 of a new project.
    func create(_ id: ProjectID, document: [UInt8], author: RevisionAuthor, message: String) throws(StoreError) -> RevisionInfo
    /// Stores `document` as the revision after `base`, which must be the project's latest.
    func save(
        _ id: ProjectID, document: [UInt8], basedOn base: Int, author: RevisionAuthor, message: String,
        restoredFrom: Int?
    ) throws(StoreError) -> RevisionInfo
    func projectIDs() throws(StoreError) -> [ProjectID]
    func latestRevisionNumber(of id: ProjectID) throws(StoreError) -> Int
    /// Every revision's metadata, oldest first.
    func history(of id: ProjectID) throws(StoreError) -> [RevisionInfo]
    /// A revision (the latest when `number` is nil) with its project document, as stored.
    func revision(_ number: Int?, of id: ProjectID) throws(StoreError) -> StoredRevision
    /// Removes the project and every revision of it (the person's right to erasure), remembering only a
    /// keyed hash of its id, so that an old copy imported again gets a new id (`wasErased`).
    func erase(_ id: ProjectID) throws(StoreError)
    /// Whether `id` belonged to a project erased from this store.
    func wasErased(_ id: ProjectID) throws(StoreError) -> Bool
    /// The latest revision exactly as stored, unparsed; nil when the backend has no cheap way to give it.
    /// A reader that keeps decoded projects compares these bytes with those it decoded: equal bytes are
    /// the same revision, whatever other processes did (an erased id may come back with other content).
    func latestRevisionBytes(of id: ProjectID) throws(StoreError) -> [UInt8]?
    /// Keeps `summary` (`ProjectSummary` as JSON) beside revision `revision`; a summary of a revision
    /// that is no longer the latest is dropped or ignored. A cache: losing one costs a full read.
    func keepSummary(_ summary: [UInt8], of id: ProjectID, revision: Int) throws(StoreError)
    /// Every project, with its kept summary when that describes the latest revision.
    func keptSummaries() throws(StoreError) -> [(id: ProjectID, summary: [UInt8]?)]
    /// Whether the store answers, at a cost that does not grow with the number of projects (health checks).
    func ping() throws(StoreError)
}

extension ProjectStore {
    public func latestRevisionBytes(of id: ProjectID) throws(StoreError) -> [UInt8]? { nil }
    public func keepSummary(_ summary: [UInt8], of id: ProjectID, revision: Int) throws(StoreError) {}
    public func keptSummaries() throws(StoreError) -> [(id: ProjectID, summary: [UInt8]?)] { try projectIDs().map { ($0, nil) } }
}

/// One revision read back: its metadata and its project document (in the format it was saved in).
public struct StoredRevision {
    public var info: RevisionInfo
    public var document: XMLDocument

    public init(info: RevisionInfo, document: XMLDocument) {
        self.info = info
        self.document = document
    }
}
