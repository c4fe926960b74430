import Crypto
import Foundation
import JalonCore
import JalonStore
import JalonXML
import PostgresNIO

/// Projects and their immutable revisions in PostgreSQL, for several servers over one database.
///
/// A save is one statement: it moves `jalon_projects.latest` from the base to base + 1 (`WHERE latest
/// = base`, which row-locks and re-checks under concurrency) and inserts revision base + 1 from that
/// update's row; the key (project, number) refuses a second revision N whatever happens. So a stale base
/// inserts nothing — a conflict, never a lost update — and a process killed mid-statement commits all or
/// nothing. Documents are checked by Jalon (`CheckedDocument`) before the database's XML parser sees them.
public final class PostgresProjectStore: ProjectStore, RevisionCopying {
    let pool: PostgresConnectionPool
    private let format: ProjectFormat

    /// Connects and applies the schema migrations this database lacks.
    public init(url: PostgresStoreURL, format: ProjectFormat = .standard) throws(StoreError) {
        self.format = format
        do {
            pool = try PostgresConnectionPool(url: url)
            try pool.withConnection { try PostgresSchema.migrate($0, schema: url.schema) }
        } catch { throw Self.storeError(error, "migrate", url) }
    }

    public convenience init(url: String, format: ProjectFormat = .standard) throws(StoreError) {
        let parsed: PostgresStoreURL
        do { parsed = try PostgresStoreURL(url) } catch { throw Self.storeError(error, "connect", nil) }
        try self.init(url: parsed, format: format)
    }

    public var url: PostgresStoreURL { pool.url }

    // MARK: Writing

    public func create(_ id: ProjectID, document: [UInt8], author: RevisionAuthor, message: String) throws(StoreError) -> RevisionInfo {
        let checked = try CheckedDocument(document, of: id, format: format)
        let info = checked.revision(of: id, after: 0, author: author, message: message, restoredFrom: nil)
        try insert(info, checked: checked)
        return info
    }

    public func save(
        _ id: ProjectID, document: [UInt8], basedOn base: Int, author: RevisionAuthor, message: String,
        restoredFrom: Int?
    ) throws(StoreError) -> RevisionInfo {
        let checked = try CheckedDocument(document, of: id, format: format)
        let info = checked.revision(of: id, after: base, author: author, message: message, restoredFrom: restoredFrom)
        try insert(info, checked: checked)
        return info
    }

    /// Appends a revision copied from another store, its metadata kept (`StoreCopy`).
    public func appendCopy(_ info: RevisionInfo, document: [UInt8]) throws(StoreError) {
        try insert(info, checked: try CheckedDocument(copy: document, of: info, format: format))
    }

    /// Inserts revision `info.number` if the project's latest is still `info.number - 1` (0: no project
    /// yet), in one statement whose first part claims the number (a new project row, or the latest moved
    /// from base to base + 1) and whose second inserts the revision from the claimed row; else a conflict
    /// (or, for a later revision, a missing project).
    private func insert(_ info: RevisionInfo, checked: CheckedDocument) throws(StoreError) {
        let id = info.projectID, base = info.number - 1, created = info.created.secondsSince1970
        let text = try Self.text(of: checked, id: id)
        let inserted: Int
        do {
            inserted = try query(base == 0 ? "create" : "save") { connection in
                let statement: PostgresQuery =
                    base == 0
                    ? """
                    WITH claimed AS (
                        INSERT INTO jalon_projects (id, latest) VALUES (\(id.uuid), 1) ON CONFLICT (id) DO NOTHING RETURNING id
                    )
                    INSERT INTO jalon_revisions (project, number, parent, restored_from, created, author_role, author_name,
                                                 message, schema_version, fingerprint, document)
                    SELECT id, 1, NULL, \(info.restoredFrom), to_timestamp(\(created)), \(info.author.role.rawValue),
                           \(info.author.name), \(info.message), \(info.schemaVersion), \(info.fingerprint), XMLPARSE(DOCUMENT \(text))
                    FROM claimed
                    """
                    : """
                    WITH claimed AS (
                        UPDATE jalon_projects SET latest = \(info.number) WHERE id = \(id.uuid) AND latest = \(base) RETURNING id
                    )
                    INSERT INTO jalon_revisions (project, number, parent, restored_from, created, author_role, author_name,
                                                 message, schema_version, fingerprint, document)
                    SELECT id, \(info.number), \(info.parent), \(info.restoredFrom), to_timestamp(\(created)),
                           \(info.author.role.rawValue), \(info.author.name), \(info.message), \(info.schemaVersion),
                           \(info.fingerprint), XMLPARSE(DOCUMENT \(text))
                    FROM claimed
                    """
                return try connection.run(statement).metadata.rows ?? 0
            }
        } catch .io(let error) where error.operation.contains("23505") {
            inserted = 0  // unique_violation: revision base + 1 exists, the base is stale
        }
        guard inserted == 1 else {
            throw .conflict(id, expected: base, actual: try latestRevisionNumber(of: id))
        }
    }

    /// Erasure: the id's keyed hash is recorded and the project's row goes, its revisions with it
    /// (ON DELETE CASCADE), in one transaction: never a project gone unmarked.
    public func erase(_ id: ProjectID) throws(StoreError) {
        let mark = try pseudonym().hash(id)
        let deleted = try query("erase") { connection in
            try connection.inTransaction {
                _ = try connection.run("INSERT INTO jalon_erased (hash) VALUES (\(mark)) ON CONFLICT DO NOTHING")
                return try connection.run("DELETE FROM jalon_projects WHERE id = \(id.uuid)").metadata.rows ?? 0
            }
        }
        guard deleted == 1 else { throw .projectNotFound(id) }
    }

    public func wasErased(_ id: ProjectID) throws(StoreError) -> Bool {
        let mark = try pseudonym().hash(id)
        return try query("erased") { try $0.run("SELECT 1 FROM jalon_erased WHERE hash = \(mark)").first != nil }
    }

    /// The text of the service's dossier-signing key kept in the database (the store), created by the
    /// first server that needs it from `fresh`; every server on the database then signs with the same key.
    public func signingKeyText(creating fresh: () -> String) throws(StoreError) -> String {
        let candidate = fresh()
        return try query("signing key") { connection -> String in
            _ = try connection.run("INSERT INTO jalon_secrets (name, value) VALUES ('signing-key', convert_to(\(candidate), 'UTF8')) ON CONFLICT DO NOTHING")
            guard let row = try connection.run("SELECT convert_from(value, 'UTF8') FROM jalon_secrets WHERE name = 'signing-key'").first else { return "" }
            return try row.decode(String.self)
        }
    }

    /// The database's key for keyed hashes of ids (erasure marks, the servers' journals), created by
    /// the first server that needs it; every server on the database then uses the same.
    public func pseudonym() throws(StoreError) -> StorePseudonym {
        // As hex through the wire (bytea's own encode/decode): the key never passes as a Swift array type.
        let fresh = SymmetricKey(size: .bits256).withUnsafeBytes { $0.map { String(format: "%02x", $0) }.joined() }
        let hex = try query("pseudonym") { connection -> String in
            _ = try connection.run("INSERT INTO jalon_secrets (name, value) VALUES ('pseudonym', decode(\(fresh), 'hex')) ON CONFLICT DO NOTHING")
            guard let row = try connection.run("SELECT encode(value, 'hex') FROM jalon_secrets WHERE name = 'pseudonym'").first else { return "" }
            return try row.decode(String.self)
        }
        var bytes: [UInt8] = []
        var digits = hex.makeIterator()
        while let high = digits.next(), let low = digits.next(), let byte = UInt8(String([high, low]), radix: 16) { bytes.append(byte) }
        guard bytes.count == 32 else { throw .io(StoreIOError(operation: "read key", path: "jalon_secrets.pseudonym", code: EINVAL)) }
        return StorePseudonym(key: bytes)
    }

    // MARK: Reading

    public func projectIDs() throws(StoreError) -> [ProjectID] {
        try query("list") { connection in
            try connection.run("SELECT id FROM jalon_projects ORDER BY id").map { ProjectID(try $0.decode(UUID.self)) }
        }
    }

    public func latestRevisionNumber(of id: ProjectID) throws(StoreError) -> Int {
        let latest = try query("latest") { connection in
            try connection.run("SELECT latest FROM jalon_projects WHERE id = \(id.uuid)").first.map { try $0.decode(Int.self) }
        }
        guard let latest else { throw .projectNotFound(id) }
        return latest
    }

    /// Revision numbers as stored (for `verify`, which must see a gap if one ever appeared).
    func revisionNumbers(of id: ProjectID) throws(StoreError) -> [Int] {
        let numbers = try query("history") { connection in
            try connection.run("SELECT number FROM jalon_revisions WHERE project = \(id.uuid) ORDER BY number").map { try $0.decode(Int.self) }
        }
        if numbers.isEmpty { _ = try latestRevisionNumber(of: id) }
        return numbers
    }

    private static let infoColumns = """
        number, parent, restored_from, extract(epoch FROM created)::bigint, author_role, author_name, message, schema_version, fingerprint
        """

    public func history(of id: ProjectID) throws(StoreError) -> [RevisionInfo] {
        let rows = try query("history") { connection in
            try connection.run("SELECT \(unescaped: Self.infoColumns) FROM jalon_revisions WHERE project = \(id.uuid) ORDER BY number")
                .map { try Self.info(of: id, from: $0) }
        }
        if rows.isEmpty { _ = try latestRevisionNumber(of: id) }  // a missing project says so
        return rows
    }

    public func revision(_ number: Int?, of id: ProjectID) throws(StoreError) -> StoredRevision {
        let (info, text) = try read(number, of: id)
        do {
            return StoredRevision(info: info, document: try XMLDocument(bytes: Array(text.utf8), sourceName: "\(id)#\(info.number)"))
        } catch {
            throw .corruptRevision(path: "\(id)#\(info.number)", reason: String(describing: error))
        }
    }

    /// The latest revision as its envelope (the file store's revision file): the read cache compares
    /// these bytes, so it never serves a revision another server has since replaced.
    public func latestRevisionBytes(of id: ProjectID) throws(StoreError) -> [UInt8]? {
        let (info, text) = try read(nil, of: id)
        return RevisionEnvelope.encode(info: info, projectDocument: Array(text.utf8))
    }

    /// Kept only while `revision` is the latest: a slower writer never replaces a newer summary.
    public func keepSummary(_ summary: [UInt8], of id: ProjectID, revision: Int) throws(StoreError) {
        let json = String(decoding: summary, as: UTF8.self)
        _ = try query("summary") { connection in
            try connection.run(
                """
                UPDATE jalon_projects SET summary = \(json)::jsonb, summary_revision = \(revision)
                WHERE id = \(id.uuid) AND latest = \(revision)
                """)
        }
    }

    public func keptSummaries() throws(StoreError) -> [(id: ProjectID, summary: [UInt8]?)] {
        try query("list") { connection in
            try connection.run(
                """
                SELECT id, CASE WHEN summary_revision = latest THEN summary::text END FROM jalon_projects ORDER BY id
                """
            ).map { row in
                let (id, summary) = try row.decode((UUID, String?).self)
                return (ProjectID(id), summary.map { Array($0.utf8) })
            }
        }
    }

    /// A cheap round trip to the database, for health checks: no project is listed.
    public func ping() throws(StoreError) {
        _ = try query("ping") { try $0.run("SELECT 1") }
    }

    private func read(_ number: Int?, of id: ProjectID) throws(StoreError) -> (RevisionInfo, String) {
        let row = try query("read") { connection -> (info: RevisionInfo, text: String)? in
            let rows: PostgresQueryResult
            if let number {
                rows = try connection.run(
                    """
                    SELECT \(unescaped: Self.infoColumns), document::text FROM jalon_revisions WHERE project = \(id.uuid) AND number = \(number)
                    """)
            } else {
                rows = try connection.run(
                    """
                    SELECT \(unescaped: Self.infoColumns), document::text FROM jalon_revisions r
                    JOIN jalon_projects p ON p.id = r.project AND p.latest = r.number WHERE p.id = \(id.uuid)
                    """)
            }
            return try rows.first.map { row in
                let info = try Self.info(of: id, from: row)
                let columns = row.makeRandomAccess()
                return (info, try columns[9].decode(String.self))
            }
        }
        guard let row else {
            let latest = try latestRevisionNumber(of: id)  // a missing project says so before a missing revision
            throw .revisionNotFound(id, number ?? latest)
        }
        return (row.info, row.text)
    }

    private static func info(of id: ProjectID, from row: PostgresRow) throws -> RevisionInfo {
        let columns = row.makeRandomAccess()
        let role = try columns[4].decode(String.self)
        guard let authorRole = RevisionAuthor.Role(rawValue: role) else {
            throw StoreError.corruptRevision(path: id.rawValue, reason: "rôle d’auteur inconnu « \(role) »")
        }
        let info = RevisionInfo(
            projectID: id, number: try columns[0].decode(Int.self), parent: try columns[1].decode(Int?.self),
            restoredFrom: try columns[2].decode(Int?.self), created: Timestamp(secondsSince1970: try columns[3].decode(Int64.self)),
            author: RevisionAuthor(role: authorRole, name: try columns[5].decode(String?.self)),
            message: try columns[6].decode(String.self), schemaVersion: try columns[7].decode(String.self),
            fingerprint: try columns[8].decode(String.self))
        return info
    }

    // MARK: Verification

    /// Reads back every revision of every project and checks it (`StoreVerificationReport.checkProject`).
    public func verify(format: ProjectFormat = .standard) throws(StoreError) -> StoreVerificationReport {
        var report = StoreVerificationReport()
        for id in try projectIDs() {
            do {
                let numbers = try revisionNumbers(of: id)
                report.add(
                    .checkProject(id, numbers: numbers, format: format) { number throws(StoreError) in
                        try revision(number, of: id)
                    })
            } catch .projectNotFound {
                continue  // erased since the listing
            }
        }
        return report
    }

    // MARK: Support

    /// The database holds text: a document that is not UTF-8 is refused before it is sent.
    private static func text(of checked: CheckedDocument, id: ProjectID) throws(StoreError) -> String {
        guard let text = String(validating: checked.bytes, as: UTF8.self) else {
            throw .invalidDocument(
                XMLError(
                    .invalid(diagnostics: []), at: XMLSourceLocation(sourceName: id.rawValue),
                    detail: "le document n’est pas en UTF-8"))
        }
        return text
    }

    /// Runs `body` on a pooled connection; what fails is a `StoreError`, never the SQL or its values.
    func query<Result>(_ operation: String, _ body: (PostgresConnection) throws -> Result) throws(StoreError) -> Result {
        do { return try pool.withConnection(body) } catch { throw Self.storeError(error, operation, pool.url) }
    }

    static func storeError(_ error: any Error, _ operation: String, _ url: PostgresStoreURL?) -> StoreError {
        if let error = error as? StoreError { return error }
        let place = url?.description ?? "postgres"
        if let error = error as? PostgresStoreError {
            return .io(StoreIOError(operation: error.message(in: .fr), path: place, code: EIO))
        }
        return .io(StoreIOError(operation: "PostgreSQL \(operation) \(PostgresConnectionPool.describe(error))", path: place, code: EIO))
    }
}
