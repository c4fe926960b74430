import Foundation
import Hummingbird
import JalonLocale
import Synchronization

/// At most `capacity` PDF renders at once, each on a thread of its own: a render waits up to a minute
/// for Chromium, and on the shared blocking pool (two threads here) it held up every store read behind
/// it. One render past the limit is refused at once (503, Retry-After) rather than queued.
///
/// A render's thread runs under Linux's idle scheduling class (`SCHED_IDLE`), and so does the Chromium
/// it spawns (a child inherits its spawning thread's policy, and Chromium's processes theirs): two
/// Chromium at normal priority took both cores of a small machine from the server, and every other
/// client's read waited behind them (GET project p99 803 ms during 20 exports). A nice value is not
/// enough: Chromium sets its own processes' (to -8 as root). Under `SCHED_IDLE` any other runnable
/// thread goes first, whatever its nice value: an export takes longer on a busy server, and waits out a
/// saturation (its 60 s limit then ends it, 503); the reads people wait for go first.
final class RenderSlots: Sendable {
    let capacity: Int
    let priority: RenderPriority
    private let used = Mutex(0)
    /// Seconds a refused client is told to wait: about one render.
    static let retryAfterSeconds = 5
    /// Linux's `SCHED_IDLE` (sched.h defines it only for _GNU_SOURCE, which Swift's Glibc does not set).
    static let idlePolicy: Int32 = 5

    init(capacity: Int, priority: RenderPriority = .idle) {
        self.capacity = capacity
        self.priority = priority
    }

    /// Takes a slot (else 503 at once), runs `prepare` where the caller runs (at normal priority: it may
    /// take locks other requests wait for, which a starved thread must never hold), then `render` with
    /// what it prepared on a thread of its own under the idle class.
    func run<Prepared: Sendable, Value: Sendable>(
        _ language: Language, prepare: @Sendable () async throws -> Prepared,
        render: @escaping @Sendable (Prepared) throws -> Value
    ) async throws -> Value {
        let taken = used.withLock { used in
            guard used < capacity else { return false }
            used += 1
            return true
        }
        guard taken else { throw Problem.rendersBusy(retryAfter: Self.retryAfterSeconds, language) }
        defer { used.withLock { $0 -= 1 } }
        let prepared = try await prepare()
        let gauge = ServerMetrics.shared.rendersInFlight
        return try await ServerMetrics.counting(gauge) {
            try await withCheckedThrowingContinuation { (done: CheckedContinuation<Value, any Error>) in
                Thread { [priority] in
                    if priority == .idle { Self.lowerThisThreadsPriority() }
                    done.resume(with: Result { try render(prepared) })
                }.start()
            }
        }
    }

    /// `work` alone on a render thread.
    func run<Value: Sendable>(_ language: Language, _ work: @escaping @Sendable () throws -> Value) async throws -> Value {
        try await run(language, prepare: {}, render: work)
    }

    /// On Linux a scheduling policy belongs to the thread, not the process: `sched_setscheduler` on id 0
    /// changes the calling thread's only (the kernel's `current`), and the server's other threads keep
    /// theirs. Elsewhere there is no such class: left alone. Best effort: a refusal leaves the render
    /// at normal priority.
    private static func lowerThisThreadsPriority() {
        #if os(Linux)
            var parameters = sched_param(sched_priority: 0)
            _ = sched_setscheduler(0, idlePolicy, &parameters)
        #endif
    }
}

extension Problem {
    static func rendersBusy(retryAfter seconds: Int, _ language: Language) -> Problem {
        Problem(
            .serviceUnavailable, kind: "pdf-busy",
            title: language.pick(fr: "Exports PDF occupés", en: "PDF exports busy"),
            detail: language.pick(
                fr: "tous les exports PDF de ce serveur sont en cours : réessayez dans \(seconds) s",
                en: "every PDF export slot of this server is in use: retry in \(seconds) s"),
            extensions: ["retryAfterSeconds": .int(seconds)], headers: [.retryAfter: String(seconds)])
    }
}
