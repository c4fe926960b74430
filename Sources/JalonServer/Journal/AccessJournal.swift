import Foundation
import NIOPosix
import Synchronization

/// The access journal: one JSON line per request that reached a protected route — time, subject, role,
/// operation, project id, outcome — appended and fsynced before the response leaves. Never any content:
/// no names, no texts, no bodies.
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
    private let queue = Mutex(Queue())

    private struct Queue {
        var pending: [(line: [UInt8], done: CheckedContinuation<Void, any Error>)] = []
        var flushing = false
    }

    public init(path: String) throws {
        let folder = (path as NSString).deletingLastPathComponent
        if !folder.isEmpty { try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true) }
        let fd = open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
        self.path = path
        descriptor = fd
    }

    deinit { close(descriptor) }

    /// Returns once the entry is on disk (written and fsynced), or throws if it could not be.
    public func record(_ entry: Entry) async throws {
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
