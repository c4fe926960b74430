import Crypto
import Foundation
import JalonCore
import Synchronization

/// Signing in and out of the web workbook: random ids and tokens (only their SHA-256 is stored),
/// single-use sign-in links, sessions that expire.
public struct WebSessions: Sendable {
    public let store: any WebSessionStore
    /// How long a sign-in link stays valid (a portal redirects at once; a person copies it from a terminal).
    public var linkLifetime: Double = 10 * 60
    /// How long a session lasts without signing in again.
    public var sessionLifetime: Double = 8 * 3600
    /// `Secure` cookies: the configuration's public URL is https.
    public var secureCookies: Bool

    public static let cookieName = "jalon_session"

    public init(store: any WebSessionStore, secureCookies: Bool = false) {
        self.store = store
        self.secureCookies = secureCookies
    }

    /// A single-use sign-in token for `role`/`subject` (a person's names their project), valid `linkLifetime`.
    public func issueLink(role: Role, subject: String, project: ProjectID?, now: Double = Date().timeIntervalSince1970) throws -> String {
        let token = BearerToken.generate()
        try store.saveGrant(
            SignInGrant(role: role, subject: subject, project: project?.rawValue, expires: now + linkLifetime),
            tokenHash: BearerToken.sha256Hex(token))
        return token
    }

    /// Redeems a sign-in token into a brand-new session (never one the browser already had: no
    /// fixation); nil when the token is unknown, used or expired. Returns the cookie's value.
    public func signIn(token: String, now: Double = Date().timeIntervalSince1970) throws -> (id: String, session: WebSession)? {
        guard let grant = try store.redeemGrant(tokenHash: BearerToken.sha256Hex(token), now: now) else { return nil }
        let id = BearerToken.generate()
        let session = WebSession(
            role: grant.role, subject: grant.subject, csrf: BearerToken.generate(),
            project: grant.project, expires: now + sessionLifetime)
        try store.save(session, idHash: BearerToken.sha256Hex(id))
        return (id, session)
    }

    func session(cookie id: String, now: Double = Date().timeIntervalSince1970) throws -> WebSession? {
        try store.session(idHash: BearerToken.sha256Hex(id), now: now)
    }

    func signOut(cookie id: String) throws {
        try store.removeSession(idHash: BearerToken.sha256Hex(id))
    }
}

/// Sessions kept in this process only: for tests through the router and for a store that cannot hold them.
public final class MemoryWebSessionStore: WebSessionStore {
    private let state = Mutex<(sessions: [String: WebSession], grants: [String: SignInGrant])>(([:], [:]))

    public init() {}

    public func save(_ session: WebSession, idHash: String) throws { state.withLock { $0.sessions[idHash] = session } }

    public func session(idHash: String, now: Double) throws -> WebSession? {
        state.withLock { $0.sessions[idHash].flatMap { $0.expires > now ? $0 : nil } }
    }

    public func removeSession(idHash: String) throws { _ = state.withLock { $0.sessions.removeValue(forKey: idHash) } }

    public func saveGrant(_ grant: SignInGrant, tokenHash: String) throws { state.withLock { $0.grants[tokenHash] = grant } }

    public func redeemGrant(tokenHash: String, now: Double) throws -> SignInGrant? {
        state.withLock { $0.grants.removeValue(forKey: tokenHash).flatMap { $0.expires > now ? $0 : nil } }
    }

    public func removeAll(naming project: String) throws {
        state.withLock { state in
            state.sessions = state.sessions.filter { $0.value.project != project }
            state.grants = state.grants.filter { $0.value.project != project }
        }
    }

    public func removeExpired(now: Double) throws {
        state.withLock { state in
            state.sessions = state.sessions.filter { $0.value.expires > now }
            state.grants = state.grants.filter { $0.value.expires > now }
        }
    }
}
