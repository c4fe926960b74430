/// Who made a request, once the bearer token is recognised.
public struct Caller: Sendable, Hashable {
    public var role: Role
    public var subject: String
    /// The token's hash, the rate limiter's key (never the token itself).
    public var tokenHash: String

    public init(role: Role, subject: String, tokenHash: String) {
        self.role = role
        self.subject = subject
        self.tokenHash = tokenHash
    }
}
