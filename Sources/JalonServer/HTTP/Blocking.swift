import NIOCore
import NIOPosix

/// Store and file work (reads, fsyncs, database round trips) runs on a pool of its own, never on the
/// few threads that serve every connection, nor on NIO's shared blocking pool: one slow fsync or query
/// must not stall the other requests, and the journal (its own thread) and PDF renders (a thread each,
/// `RenderSlots`) never wait behind store work.
enum Blocking {
    /// Enough threads to keep the database's connections busy (`pool=`, 16 by default) and a few fsyncs
    /// in flight on the file store, bounded all the same.
    static let pool: NIOThreadPool = {
        let pool = NIOThreadPool(numberOfThreads: max(8, 4 * System.coreCount))
        pool.start()
        return pool
    }()

    static func run<Value: Sendable>(_ work: @escaping @Sendable () throws -> Value) async throws -> Value {
        try await ServerMetrics.counting(ServerMetrics.shared.blockingInFlight) {
            try await pool.runIfActive(work)
        }
    }
}
