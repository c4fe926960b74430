import Foundation
import Hummingbird
import JalonLocale
import Synchronization

/// At most `capacity` PDF renders at once, each on a thread of its own: a render waits up to a minute
/// for Chromium, and on the shared blocking pool (two threads here) it held up every store read behind
/// it. One render past the limit is refused at once (503, Retry-After) rather than queued.
final class RenderSlots: Sendable {
    let capacity: Int
    private let used = Mutex(0)
    /// Seconds a refused client is told to wait: about one render.
    static let retryAfterSeconds = 5

    init(capacity: Int) { self.capacity = capacity }

    func run<Value: Sendable>(_ language: Language, _ work: @escaping @Sendable () throws -> Value) async throws -> Value {
        let taken = used.withLock { used in
            guard used < capacity else { return false }
            used += 1
            return true
        }
        guard taken else { throw Problem.rendersBusy(retryAfter: Self.retryAfterSeconds, language) }
        defer { used.withLock { $0 -= 1 } }
        let gauge = ServerMetrics.shared.rendersInFlight
        return try await ServerMetrics.counting(gauge) {
            try await withCheckedThrowingContinuation { (done: CheckedContinuation<Value, any Error>) in
                Thread { done.resume(with: Result { try work() }) }.start()
            }
        }
    }
}

extension Problem {
    static func rendersBusy(retryAfter seconds: Int, _ language: Language) -> Problem {
        Problem(.serviceUnavailable, kind: "pdf-busy",
                title: language.pick(fr: "Exports PDF occupés", en: "PDF exports busy"),
                detail: language.pick(fr: "tous les exports PDF de ce serveur sont en cours : réessayez dans \(seconds) s",
                                      en: "every PDF export slot of this server is in use: retry in \(seconds) s"),
                extensions: ["retryAfterSeconds": .int(seconds)], headers: [.retryAfter: String(seconds)])
    }
}
