import Foundation

/// A signed-in browser: who (role and subject, as a bearer token's), its form token and when it ends.
/// The cookie carries only the session's random id; everything else stays on the server.
public struct WebSession: Sendable, Codable, Equatable {
    public var role: Role
    public var subject: String
    /// Every form carries it back (`_csrf`): a page of another site cannot know it.
    public var csrf: String
    /// The project a person works on (a person's sign-in names it); nil for a counsellor.
    public var project: String?
    /// Seconds since 1970.
    public var expires: Double

    public var caller: Caller { Caller(role: role, subject: subject, tokenHash: "session") }
}

/// A single-use sign-in link: whom it signs in, until when. Stored under the SHA-256 of its token.
public struct SignInGrant: Sendable, Codable, Equatable {
    public var role: Role
    public var subject: String
    public var project: String?
    public var expires: Double

    public init(role: Role, subject: String, project: String?, expires: Double) {
        self.role = role
        self.subject = subject
        self.project = project
        self.expires = expires
    }
}

/// Where browser sessions and sign-in links live. Keys are the SHA-256 of the random ids, so a copy of
/// the storage opens no session. The file store keeps them beside the projects; a shared database can
/// take its place when several servers run.
public protocol WebSessionStore: Sendable {
    func save(_ session: WebSession, idHash: String) throws
    /// The session, nil when unknown or expired.
    func session(idHash: String, now: Double) throws -> WebSession?
    func removeSession(idHash: String) throws
    func saveGrant(_ grant: SignInGrant, tokenHash: String) throws
    /// Takes the grant away as it reads it: a second redeeming of the same token, from any process, finds nothing.
    func redeemGrant(tokenHash: String, now: Double) throws -> SignInGrant?
    /// Removes every session and sign-in link that names `project` (its erasure): none may open it again.
    func removeAll(naming project: String) throws
    /// Removes the sessions and sign-in links whose end is at or before `now` (they open nothing
    /// already; the server's hourly purge frees what they hold: `WebSessionPurge`).
    func removeExpired(now: Double) throws
}
