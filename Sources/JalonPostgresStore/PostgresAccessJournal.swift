import Foundation
import JalonCore
import JalonServer
import JalonStore
import PostgresNIO

/// The access journal in `jalon_journal`, shared by every server on the database: a batch is one
/// INSERT, durable once committed (PostgreSQL's fsync), and survives any server's restart.
public final class PostgresAccessJournal: AccessJournalStorage {
    private let store: PostgresProjectStore

    public init(store: PostgresProjectStore) { self.store = store }

    public func append(_ entries: [AccessJournal.Entry]) throws {
        guard !entries.isEmpty else { return }
        var bindings = PostgresBindings(capacity: entries.count * 6)
        var rows: [String] = []
        for entry in entries {
            guard let time = Timestamp(iso8601: entry.time) else {
                throw StoreError.io(StoreIOError(operation: "journal: date illisible « \(entry.time) »", path: "jalon_journal", code: EINVAL))
            }
            let first = bindings.count + 1
            rows.append("(to_timestamp($\(first)), $\(first + 1), $\(first + 2), $\(first + 3), $\(first + 4), $\(first + 5))")
            bindings.append(Double(time.secondsSince1970))
            bindings.append(entry.subject)
            bindings.append(entry.role)
            bindings.append(entry.operation)
            bindings.append(entry.project)
            bindings.append(entry.outcome)
        }
        let insert = PostgresQuery(
            unsafeSQL: "INSERT INTO jalon_journal (time, subject, role, operation, project, outcome) VALUES "
                + rows.joined(separator: ", "), binds: bindings)
        _ = try store.query("journal") { try $0.run(insert) }
    }

    public func purge(olderThan limit: Timestamp) throws {
        let seconds = Double(limit.secondsSince1970)
        _ = try store.query("journal") { try $0.run("DELETE FROM jalon_journal WHERE time < to_timestamp(\(seconds))") }
    }

    /// Every entry, oldest first.
    public func entries() throws -> [AccessJournal.Entry] {
        try store.query("journal") { connection in
            try connection.run(
                """
                SELECT to_char(time AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'), subject, role, operation, project, outcome
                FROM jalon_journal ORDER BY id
                """
            ).map { row in
                let (time, subject, role, operation, project, outcome) = try row.decode((String, String?, String?, String, String?, Int).self)
                return AccessJournal.Entry(time: time, subject: subject, role: role, operation: operation, project: project, outcome: outcome)
            }
        }
    }
}
