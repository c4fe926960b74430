import NIOPosix

/// Store and file work (reads, fsyncs) runs on NIO's thread pool, never on the few threads that serve
/// every connection: one slow fsync must not stall the other requests.
enum Blocking {
    static func run<Value: Sendable>(_ work: @escaping @Sendable () throws -> Value) async throws -> Value {
        try await ServerMetrics.counting(ServerMetrics.shared.blockingInFlight) {
            try await NIOThreadPool.singleton.runIfActive(work)
        }
    }
}
