import JalonCore

/// The configured tokens: recognises a presented bearer token without keeping any token in clear.
public struct TokenDirectory: Sendable {
    private let entries: [ServerConfiguration.TokenEntry]
    private let now: @Sendable () -> Timestamp

    /// `now`: the clock expiries are checked against (tests pass their own).
    public init(_ entries: [ServerConfiguration.TokenEntry], now: @escaping @Sendable () -> Timestamp = { .now() }) {
        self.entries = entries.map {
            ServerConfiguration.TokenEntry(sha256: $0.sha256.lowercased(), role: $0.role, subject: $0.subject, expires: $0.expires)
        }
        self.now = now
    }

    /// The caller holding `token`, or nil (also once the token has expired). Every entry is compared, in
    /// constant time each, so the time taken says nothing about which entry (if any) was close.
    public func caller(presenting token: String) -> Caller? {
        let hash = BearerToken.sha256Hex(token)
        var found: ServerConfiguration.TokenEntry?
        for entry in entries where BearerToken.constantTimeEqual(entry.sha256, hash) { found = entry }
        if let expires = found?.expires.flatMap(Timestamp.init(iso8601:)), now() >= expires { return nil }
        return found.map { Caller(role: $0.role, subject: $0.subject, tokenHash: hash) }
    }

    /// The token of an `Authorization: Bearer …` header value, or nil when the scheme is another.
    static func bearerToken(fromHeader value: String) -> String? {
        let parts = value.split(separator: " ", maxSplits: 1, omittingEmptySubsequences: true)
        guard parts.count == 2, parts[0].lowercased() == "bearer" else { return nil }
        let token = parts[1].trimmingCharacters(in: .whitespaces)
        return token.isEmpty ? nil : token
    }
}
