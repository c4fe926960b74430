import Foundation

/// Expired browser sessions and sign-in links removed when the server starts, then every `interval`
/// (an hour, as the access journal's purge): expired, they open nothing already, but an unredeemed link
/// or an abandoned session would otherwise stay in the store for good (a row, a file). On the store's
/// pool, never on the threads serving requests; a failed purge is logged by its type and tried again at
/// the next. Stops when the last copy of the services holding it goes.
final class WebSessionPurge: Sendable {
    private let task: Task<Void, Never>

    init(store: any WebSessionStore, every interval: Duration) {
        task = RecurringChore.start(every: interval, startNow: true, logger: "jalon.web", failure: "session purge failed") {
            try await Blocking.run { try store.removeExpired(now: Date().timeIntervalSince1970) }
        }
    }

    deinit { task.cancel() }
}
