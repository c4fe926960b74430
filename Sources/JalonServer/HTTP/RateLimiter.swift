import Foundation
import Synchronization

/// A token bucket per bearer token, in this process's memory: `requestsPerMinute` requests at once at
/// most, refilled continuously. Several servers each count on their own (docs/serveur.md: a shared limiter is
/// needed past one machine).
public final class RateLimiter: Sendable {
    private let capacity: Double
    private let refillPerSecond: Double
    private let clock: @Sendable () -> Double
    private let buckets = Mutex<[String: Bucket]>([:])

    private struct Bucket {
        var tokens: Double
        var updated: Double
    }

    /// `clock` gives seconds (monotonic); tests pass their own.
    public init(
        requestsPerMinute: Int,
        clock: @escaping @Sendable () -> Double = { Double(DispatchTime.now().uptimeNanoseconds) / 1e9 }
    ) {
        capacity = Double(requestsPerMinute)
        refillPerSecond = Double(requestsPerMinute) / 60
        self.clock = clock
    }

    /// nil when `key` may go on (one request taken), else the whole seconds to wait for the next one.
    public func take(_ key: String) -> Int? {
        let now = clock()
        return buckets.withLock { buckets in
            var bucket = buckets[key] ?? Bucket(tokens: capacity, updated: now)
            bucket.tokens = min(capacity, bucket.tokens + (now - bucket.updated) * refillPerSecond)
            bucket.updated = now
            defer { buckets[key] = bucket }
            guard bucket.tokens >= 1 else { return max(1, Int(((1 - bucket.tokens) / refillPerSecond).rounded(.up))) }
            bucket.tokens -= 1
            return nil
        }
    }
}
