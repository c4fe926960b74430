import Logging

/// Housekeeping that runs on a detached task, first at once when `startNow`, then every `interval`,
/// until the task is cancelled: the journal's retention purge, the expired sessions' purge. A failure
/// is logged by its error type only (an error's text may hold personal data) and tried again at the
/// next turn.
enum RecurringChore {
    static func start(
        every interval: Duration, startNow: Bool, logger label: String, failure: Logger.Message,
        _ chore: @escaping @Sendable () async throws -> Void
    ) -> Task<Void, Never> {
        Task.detached {
            var due = startNow
            while !Task.isCancelled {
                if !due {
                    try? await Task.sleep(for: interval)
                    if Task.isCancelled { return }
                }
                due = false
                do { try await chore() } catch {
                    Logger(label: label).error(failure, metadata: ["error.type": .string(String(reflecting: type(of: error)))])
                }
            }
        }
    }
}
