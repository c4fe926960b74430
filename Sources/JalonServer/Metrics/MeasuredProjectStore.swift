import JalonCore
import JalonStore

/// A store whose every operation is timed into `ServerMetrics` (`jalon_store_operation_duration_seconds`).
public struct MeasuredProjectStore: ProjectStore {
    public let base: any ProjectStore
    let metrics: ServerMetrics

    public init(_ base: any ProjectStore, metrics: ServerMetrics = .shared) {
        self.base = base
        self.metrics = metrics
    }

    private func timed<Value>(_ operation: String, _ body: () throws(StoreError) -> Value) throws(StoreError) -> Value {
        let start = ContinuousClock.now
        defer { metrics.storeOperation(operation, duration: ContinuousClock.now - start) }
        return try body()
    }

    public func create(_ id: ProjectID, document: [UInt8], author: RevisionAuthor, message: String) throws(StoreError) -> RevisionInfo {
        try timed("create") { () throws(StoreError) in try base.create(id, document: document, author: author, message: message) }
    }

    public func save(
        _ id: ProjectID, document: [UInt8], basedOn base: Int, author: RevisionAuthor, message: String,
        restoredFrom: Int?
    ) throws(StoreError) -> RevisionInfo {
        try timed("save") { () throws(StoreError) in
            try self.base.save(id, document: document, basedOn: base, author: author, message: message, restoredFrom: restoredFrom)
        }
    }

    public func projectIDs() throws(StoreError) -> [ProjectID] { try timed("list") { () throws(StoreError) in try base.projectIDs() } }

    public func latestRevisionNumber(of id: ProjectID) throws(StoreError) -> Int {
        try timed("latest") { () throws(StoreError) in try base.latestRevisionNumber(of: id) }
    }

    public func history(of id: ProjectID) throws(StoreError) -> [RevisionInfo] {
        try timed("history") { () throws(StoreError) in try base.history(of: id) }
    }

    public func revision(_ number: Int?, of id: ProjectID) throws(StoreError) -> StoredRevision {
        try timed("revision") { () throws(StoreError) in try base.revision(number, of: id) }
    }

    public func erase(_ id: ProjectID) throws(StoreError) { try timed("erase") { () throws(StoreError) in try base.erase(id) } }

    public func wasErased(_ id: ProjectID) throws(StoreError) -> Bool {
        try timed("was_erased") { () throws(StoreError) in try base.wasErased(id) }
    }

    public func latestRevisionBytes(of id: ProjectID) throws(StoreError) -> [UInt8]? {
        try timed("latest_bytes") { () throws(StoreError) in try base.latestRevisionBytes(of: id) }
    }

    public func keepSummary(_ summary: [UInt8], of id: ProjectID, revision: Int) throws(StoreError) {
        try timed("keep_summary") { () throws(StoreError) in try base.keepSummary(summary, of: id, revision: revision) }
    }

    public func keptSummaries() throws(StoreError) -> [(id: ProjectID, summary: [UInt8]?)] {
        try timed("summaries") { () throws(StoreError) in try base.keptSummaries() }
    }

    public func ping() throws(StoreError) { try timed("ping") { () throws(StoreError) in try base.ping() } }
}
