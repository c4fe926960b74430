import Synchronization

/// A request still running after the configured time gets 503 problem details at once. The work itself
/// is not waited for (store work on the thread pool cannot be interrupted): it finishes, or not, whole,
/// and the access journal records its real outcome; the client re-reads before retrying.
enum Deadline {
    static func run<Value: Sendable>(
        seconds: Double, onTimeout problem: @autoclosure @escaping @Sendable () -> Problem,
        _ work: @escaping @Sendable () async throws -> Value
    ) async throws -> Value {
        try await withCheckedThrowingContinuation { continuation in
            let outcome = Outcome(continuation)
            let timer = Task {
                try await Task.sleep(for: .seconds(seconds))
                outcome.finish(.failure(problem()))
            }
            Task {
                let result: Result<Value, any Error>
                do { result = .success(try await work()) } catch { result = .failure(error) }
                outcome.finish(result)
                timer.cancel()
            }
        }
    }

    /// The continuation, resumed by whichever of the work and the timer ends first.
    private final class Outcome<Value: Sendable>: Sendable {
        private let continuation: Mutex<CheckedContinuation<Value, any Error>?>

        init(_ continuation: CheckedContinuation<Value, any Error>) { self.continuation = Mutex(continuation) }

        func finish(_ result: Result<Value, any Error>) {
            continuation.withLock { pending in
                pending?.resume(with: result)
                pending = nil
            }
        }
    }
}
