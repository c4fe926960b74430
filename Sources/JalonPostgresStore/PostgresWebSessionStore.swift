import Foundation
import JalonServer
import JalonStore
import PostgresNIO

/// The web workbook's sessions and sign-in links in `jalon_web_sessions` and `jalon_sign_in_links`,
/// shared by every server on the database: a link issued through one server is redeemed through
/// another, once — the redeeming DELETE … RETURNING is atomic, so of two redeemers only one gets a row.
public final class PostgresWebSessionStore: WebSessionStore {
    private let store: PostgresProjectStore

    public init(store: PostgresProjectStore) { self.store = store }

    public func save(_ session: WebSession, idHash: String) throws {
        let json = try Self.json(session)
        _ = try store.query("session") { connection in
            try connection.run(
                """
                INSERT INTO jalon_web_sessions (id_hash, project, session, expires)
                VALUES (\(idHash), \(session.project), \(json)::jsonb, to_timestamp(\(session.expires)))
                ON CONFLICT (id_hash) DO UPDATE SET project = EXCLUDED.project, session = EXCLUDED.session, expires = EXCLUDED.expires
                """)
        }
    }

    public func session(idHash: String, now: Double) throws -> WebSession? {
        let json = try store.query("session") { connection in
            try connection.run("SELECT session::text FROM jalon_web_sessions WHERE id_hash = \(idHash) AND expires > to_timestamp(\(now))")
                .first.map { try $0.decode(String.self) }
        }
        return try json.map { try JSONDecoder().decode(WebSession.self, from: Data($0.utf8)) }
    }

    public func removeSession(idHash: String) throws {
        _ = try store.query("session") { try $0.run("DELETE FROM jalon_web_sessions WHERE id_hash = \(idHash)") }
    }

    public func saveGrant(_ grant: SignInGrant, tokenHash: String) throws {
        let json = try Self.json(grant)
        _ = try store.query("sign-in link") { connection in
            try connection.run(
                """
                INSERT INTO jalon_sign_in_links (token_hash, project, sign_in, expires)
                VALUES (\(tokenHash), \(grant.project), \(json)::jsonb, to_timestamp(\(grant.expires)))
                """)
        }
    }

    public func redeemGrant(tokenHash: String, now: Double) throws -> SignInGrant? {
        let json = try store.query("sign-in link") { connection in
            try connection.run("DELETE FROM jalon_sign_in_links WHERE token_hash = \(tokenHash) RETURNING sign_in::text")
                .first.map { try $0.decode(String.self) }
        }
        guard let grant = try json.map({ try JSONDecoder().decode(SignInGrant.self, from: Data($0.utf8)) }) else { return nil }
        return grant.expires > now ? grant : nil
    }

    public func removeAll(naming project: String) throws {
        _ = try store.query("session") { connection in
            try connection.inTransaction {
                _ = try connection.run("DELETE FROM jalon_web_sessions WHERE project = \(project)")
                _ = try connection.run("DELETE FROM jalon_sign_in_links WHERE project = \(project)")
            }
        }
    }

    /// Drops the sessions and links past their end (they open nothing already; this frees their rows).
    public func removeExpired(now: Double) throws {
        _ = try store.query("session") { connection in
            try connection.inTransaction {
                _ = try connection.run("DELETE FROM jalon_web_sessions WHERE expires <= to_timestamp(\(now))")
                _ = try connection.run("DELETE FROM jalon_sign_in_links WHERE expires <= to_timestamp(\(now))")
            }
        }
    }

    private static func json(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }
}
