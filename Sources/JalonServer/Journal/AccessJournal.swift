import Foundation
import JalonCore
import JalonStore
import NIOPosix
import Synchronization

/// The access journal: one entry per request that reached a protected route — time, subject, role,
/// operation, project, outcome — made durable before the response leaves. Never any content: no names,
/// no texts, no bodies; and the project as a keyed hash of its id (`StorePseudonym`), so the journal
/// keeps the fact of an access after the project is erased without naming it. Where entries go is the
/// storage's business (`AccessJournalStorage`: a file beside the file store, a table in PostgreSQL);
/// entries older than the retention period are purged when the journal is opened, then every
/// `purgeInterval` while the server runs.
///
/// Group commit: requests that arrive while a flush is running wait for the next one, which hands all
/// their entries to the storage at once (one write and one fsync, or one INSERT); so the journal costs
/// one flush per batch, not per request. Flushes and purges run on the journal's own thread, never on
/// the store's pool or NIO's: a slow fsync delays only the requests waiting for their entry.
public final class AccessJournal: Sendable {
    public struct Entry: Sendable, Equatable, Codable {
        public var time: String
        public var subject: String?
        public var role: String?
        public var operation: String
        public var project: String?
        /// The HTTP status sent.
        public var outcome: Int

        public init(time: String, subject: String?, role: String?, operation: String, project: String?, outcome: Int) {
            self.time = time
            self.subject = subject
            self.role = role
            self.operation = operation
            self.project = project
            self.outcome = outcome
        }
    }

    public let storage: any AccessJournalStorage
    private let pseudonym: StorePseudonym?
    private let queue = Mutex(Queue())
    private let purger = Mutex<Task<Void, Never>?>(nil)

    private struct Queue {
        var pending: [(entry: Entry, done: CheckedContinuation<Void, any Error>)] = []
        var flushing = false
    }

    /// One thread for every journal of the process: the storage blocks (fsync, a round trip to the
    /// database), and one flush at a time is all group commit needs.
    private static let thread: NIOThreadPool = {
        let pool = NIOThreadPool(numberOfThreads: 1)
        pool.start()
        return pool
    }()

    /// `pseudonym`: the key project ids are hashed with (nil only in tests that read ids back);
    /// `retentionDays`: entries older than that are dropped now, then every `purgeInterval`.
    public init(
        storage: any AccessJournalStorage, pseudonym: StorePseudonym?, retentionDays: Int? = nil,
        purgeInterval: Duration = .seconds(3600), now: Timestamp = .now()
    ) throws {
        if let retentionDays { try storage.purge(olderThan: Self.limit(retentionDays, now: now)) }
        self.storage = storage
        self.pseudonym = pseudonym
        if let retentionDays { startPurging(retentionDays, every: purgeInterval) }
    }

    /// The journal in the file at `path` (`FileJournalStorage`).
    public convenience init(
        path: String, pseudonym: StorePseudonym?, retentionDays: Int? = nil,
        rotation: FileJournalStorage.Rotation? = nil, now: Timestamp = .now()
    ) throws {
        try self.init(
            storage: try FileJournalStorage(path: path, rotation: rotation), pseudonym: pseudonym,
            retentionDays: retentionDays, now: now)
    }

    deinit { purger.withLock { $0?.cancel() } }

    private static func limit(_ retentionDays: Int, now: Timestamp) -> Timestamp {
        Timestamp(secondsSince1970: now.secondsSince1970 - Int64(retentionDays) * 86_400)
    }

    /// A purge every `interval` on the journal's thread, for as long as the journal lives; a failed one is
    /// logged by its type and tried again at the next.
    private func startPurging(_ retentionDays: Int, every interval: Duration) {
        let storage = storage
        let task = RecurringChore.start(every: interval, startNow: false, logger: "jalon.journal", failure: "journal purge failed") {
            try await Self.thread.runIfActive { try storage.purge(olderThan: Self.limit(retentionDays, now: .now())) }
        }
        purger.withLock { $0 = task }
    }

    /// Returns once the entry is durable (written and fsynced, or committed), or throws if it could not be.
    public func record(_ entry: Entry) async throws {
        var entry = entry
        if let pseudonym, let project = entry.project.flatMap(ProjectID.init) { entry.project = pseudonym.hash(project) }
        try await withCheckedThrowingContinuation { (done: CheckedContinuation<Void, any Error>) in
            let leads = queue.withLock { queue in
                queue.pending.append((entry, done))
                defer { queue.flushing = true }
                return !queue.flushing
            }
            // The first to find no flush running becomes the flusher, on the journal's thread.
            if leads { Self.thread.submit { _ in self.flushUntilEmpty() } }
        }
    }

    private func flushUntilEmpty() {
        while true {
            let batch = queue.withLock { queue in
                defer { queue.pending = [] }
                if queue.pending.isEmpty { queue.flushing = false }
                return queue.pending
            }
            if batch.isEmpty { return }
            var failure: (any Error)?
            do { try storage.append(batch.map(\.entry)) } catch { failure = error }
            for waiter in batch {
                if let failure { waiter.done.resume(throwing: failure) } else { waiter.done.resume() }
            }
        }
    }
}

/// Where the access journal's entries are kept: durably, in order, by whichever storage the store has.
public protocol AccessJournalStorage: Sendable {
    /// Makes `entries` durable together (written and fsynced, or committed), or throws.
    func append(_ entries: [AccessJournal.Entry]) throws
    /// Removes the entries dated before `limit` (the retention period).
    func purge(olderThan limit: Timestamp) throws
    /// Every entry kept, oldest first.
    func entries() throws -> [AccessJournal.Entry]
}
