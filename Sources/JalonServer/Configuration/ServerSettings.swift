import Foundation
import Synchronization

/// The part of the configuration a running server takes again on SIGHUP (`jalon serve`): tokens, the
/// request limits read per request, the CORS list. Requests read it as they come, so a reload applies to
/// the next request on every connection, open or new; nothing is dropped. The other keys (address,
/// store, journal, signing key, public URL, PDF renders, idle time-out, connection cap) are fixed at
/// start: `keysNeedingRestart` names those a new configuration changes.
public final class ServerSettings: Sendable {
    struct Current: Sendable {
        var tokens: TokenDirectory
        var limits: ServerConfiguration.Limits
        var cors: CORSPolicy
        var rateLimiter: RateLimiter
    }

    private let current: Mutex<Current>

    init(tokens: TokenDirectory, limits: ServerConfiguration.Limits, cors: CORSPolicy, rateLimiter: RateLimiter) {
        current = Mutex(Current(tokens: tokens, limits: limits, cors: cors, rateLimiter: rateLimiter))
    }

    var tokens: TokenDirectory { current.withLock { $0.tokens } }
    var limits: ServerConfiguration.Limits { current.withLock { $0.limits } }
    var cors: CORSPolicy { current.withLock { $0.cors } }
    var rateLimiter: RateLimiter { current.withLock { $0.rateLimiter } }

    /// Takes `configuration`'s tokens, CORS list and per-request limits (body size, time-out, rate);
    /// the limits fixed at start keep their running values. The rate limiter starts afresh only when
    /// its rate changed.
    public func reload(_ configuration: ServerConfiguration) {
        current.withLock { current in
            var limits = current.limits
            limits.maxBodyBytes = configuration.limits.maxBodyBytes
            limits.requestTimeoutSeconds = configuration.limits.requestTimeoutSeconds
            if limits.requestsPerMinute != configuration.limits.requestsPerMinute {
                limits.requestsPerMinute = configuration.limits.requestsPerMinute
                current.rateLimiter = RateLimiter(requestsPerMinute: limits.requestsPerMinute)
            }
            current.limits = limits
            current.tokens = TokenDirectory(configuration.tokens)
            current.cors = configuration.cors
        }
    }
}

extension ServerConfiguration {
    /// The keys whose change in `new` a running server does not take (they need a restart).
    public func keysNeedingRestart(in new: ServerConfiguration) -> [String] {
        let fixed: [(String, Bool)] = [
            ("host", host == new.host), ("port", port == new.port), ("store", store == new.store),
            ("journal", journal == new.journal), ("journalRetentionDays", journalRetentionDays == new.journalRetentionDays),
            ("journalRotateBytes", journalRotateBytes == new.journalRotateBytes),
            ("journalRotateDays", journalRotateDays == new.journalRotateDays),
            ("signingKey", signingKey == new.signingKey), ("publicURL", publicURL == new.publicURL),
            ("limits.pdfRenders", limits.pdfRenders == new.limits.pdfRenders),
            ("limits.pdfRenderPriority", limits.pdfRenderPriority == new.limits.pdfRenderPriority),
            ("limits.idleTimeoutSeconds", limits.idleTimeoutSeconds == new.limits.idleTimeoutSeconds),
            ("limits.maxConnections", limits.maxConnections == new.limits.maxConnections)
        ]
        return fixed.filter { !$0.1 }.map(\.0)
    }
}
