import Foundation
import JalonCore
import JalonStore
import NIOPosix
import Synchronization

/// The access journal: one JSON line per request that reached a protected route — time, subject, role,
/// operation, project, outcome — appended and fsynced before the response leaves. Never any content:
/// no names, no texts, no bodies; and the project as a keyed hash of its id (`StorePseudonym`), so the
/// journal keeps the fact of an access after the project is erased without naming it. Lines older than
/// the retention period are purged when the journal is opened (each server start).
///
/// Group commit: requests that arrive while a flush is running wait for the next one, which writes all
/// their lines with one write(2) and one fsync; so the journal costs one fsync per batch, not per request.
public final class AccessJournal: Sendable {
    public struct Entry: Sendable, Equatable, Codable {
        public var time: String
        public var subject: String?
        public var role: String?
        public var operation: String
        public var project: String?
        /// The HTTP status sent.
        public var outcome: Int
    }

    public let path: String
    private let descriptor: Int32
    private let pseudonym: StorePseudonym?
    private let queue = Mutex(Queue())

    private struct Queue {
        var pending: [(line: [UInt8], done: CheckedContinuation<Void, any Error>)] = []
        var flushing = false
    }

    /// `pseudonym`: the key project ids are hashed with (nil only in tests that read ids back);
    /// `retentionDays`: lines older than that are dropped now.
    public init(path: String, pseudonym: StorePseudonym?, retentionDays: Int? = nil, now: Timestamp = .now()) throws {
        let folder = (path as NSString).deletingLastPathComponent
        if !folder.isEmpty { try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true,
                                                                     attributes: [.posixPermissions: 0o700]) }
        if let retentionDays { try AccessJournal.purge(path, olderThan: Timestamp(secondsSince1970: now.secondsSince1970 - Int64(retentionDays) * 86_400)) }
        self.pseudonym = pseudonym
        let fd = open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
        self.path = path
        descriptor = fd
    }

    deinit { close(descriptor) }

    /// Returns once the entry is on disk (written and fsynced), or throws if it could not be.
    public func record(_ entry: Entry) async throws {
        var entry = entry
        if let pseudonym, let project = entry.project.flatMap(ProjectID.init) { entry.project = pseudonym.hash(project) }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let line = Array(try encoder.encode(entry)) + [UInt8(ascii: "\n")]
        try await withCheckedThrowingContinuation { (done: CheckedContinuation<Void, any Error>) in
            let leads = queue.withLock { queue in
                queue.pending.append((line, done))
                defer { queue.flushing = true }
                return !queue.flushing
            }
            // The first to find no flush running becomes the flusher, on the thread pool (write and fsync block).
            if leads { NIOThreadPool.singleton.submit { _ in self.flushUntilEmpty() } }
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
            let bytes = batch.flatMap(\.line)
            var failure: (any Error)?
            // O_APPEND and a single write keep each batch whole, even with another process appending.
            let written = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
            if written != bytes.count || fsync(descriptor) != 0 { failure = POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
            for waiter in batch {
                if let failure { waiter.done.resume(throwing: failure) } else { waiter.done.resume() }
            }
        }
    }
}

extension AccessJournal {
    /// Rewrites the journal without the lines dated before `limit` (crash-safe: a whole new file renamed
    /// over the old). A line whose time does not read is kept: purging is no place to lose evidence.
    static func purge(_ path: String, olderThan limit: Timestamp) throws {
        guard let data = FileManager.default.contents(atPath: path) else { return }
        let decoder = JSONDecoder()
        var kept: [UInt8] = [], dropped = 0
        for line in data.split(separator: UInt8(ascii: "\n")) {
            if let entry = try? decoder.decode(Entry.self, from: Data(line)), let time = Timestamp(iso8601: entry.time), time < limit {
                dropped += 1
                continue
            }
            kept += line + [UInt8(ascii: "\n")]
        }
        if dropped > 0 { try DurableFile.write(kept, to: path) }
    }
}
