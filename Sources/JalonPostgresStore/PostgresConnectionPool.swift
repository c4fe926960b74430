import Dispatch
import Foundation
import JalonStore
import Logging
import NIOCore
import NIOPosix
import PostgresNIO
import Synchronization

/// At most `capacity` connections, lent one at a time to synchronous callers. The store's interface is
/// synchronous (the CLI calls it directly, the server from its blocking thread pool), so a caller waits
/// on NIO futures here; never call it from an event loop thread.
final class PostgresConnectionPool: Sendable {
    let url: PostgresStoreURL
    private let configuration: PostgresConnection.Configuration
    private let idle = Mutex<[PostgresConnection]>([])
    private let slots: DispatchSemaphore
    private let nextID = Atomic<Int>(0)
    static let logger = Logger(label: "jalon.postgres", factory: { _ in SwiftLogNoOpLogHandler() })

    init(url: PostgresStoreURL) throws(PostgresStoreError) {
        self.url = url
        configuration = try url.connectionConfiguration()
        slots = DispatchSemaphore(value: url.poolSize)
    }

    /// Connections are closed before they go (PostgresConnection insists); the caller is never an event loop.
    deinit {
        for connection in idle.withLock({ $0 }) {
            let closing: EventLoopFuture<Void> = connection.close()
            _ = try? closing.wait()
        }
    }

    /// Runs `body` with a connection of its own; a connection that broke under it is not lent again.
    func withConnection<Result>(_ body: (PostgresConnection) throws -> Result) throws -> Result {
        slots.wait()
        defer { slots.signal() }
        let connection = try idle.withLock { $0.popLast() }.flatMap { $0.isClosed ? nil : $0 } ?? open()
        do {
            let result = try body(connection)
            giveBack(connection)
            return result
        } catch {
            giveBack(connection)
            throw error
        }
    }

    private func giveBack(_ connection: PostgresConnection) {
        guard !connection.isClosed else { return }
        idle.withLock { $0.append(connection) }
    }

    private func open() throws -> PostgresConnection {
        do {
            return try PostgresConnection.connect(
                on: MultiThreadedEventLoopGroup.singleton.any(), configuration: configuration,
                id: nextID.add(1, ordering: .relaxed).newValue, logger: Self.logger
            ).wait()
        } catch {
            throw PostgresStoreError.unreachable(url.description, Self.describe(error))
        }
    }

    /// A PostgreSQL error in a line: its SQLSTATE and the server's message, or the client's own error.
    static func describe(_ error: any Error) -> String {
        if let error = error as? PSQLError {
            if let server = error.serverInfo {
                return [server[.sqlState], server[.message]].compactMap { $0 }.joined(separator: " ")
            }
            return "\(error.code)"
        }
        return String(describing: error)
    }

    static func sqlState(of error: any Error) -> String? {
        (error as? PSQLError)?.serverInfo?[.sqlState]
    }
}

extension PostgresConnection {
    /// Runs `query` and waits for all its rows.
    func run(_ query: PostgresQuery) throws -> PostgresQueryResult {
        try self.query(query, logger: PostgresConnectionPool.logger).wait()
    }

    /// `body` inside BEGIN … COMMIT; on any error, ROLLBACK (and the connection is closed if even that fails).
    func inTransaction<Result>(_ body: () throws -> Result) throws -> Result {
        _ = try run("BEGIN")
        do {
            let result = try body()
            _ = try run("COMMIT")
            return result
        } catch {
            do { _ = try run("ROLLBACK") } catch { let closing: EventLoopFuture<Void> = close(); _ = try? closing.wait() }
            throw error
        }
    }
}
