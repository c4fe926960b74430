import Foundation
import JalonStore

/// Sessions and sign-in links as small JSON files under `STORE/web/` (folders readable by the owner
/// only, files 0600), each written whole by `DurableFile`. A link is redeemed by renaming its file
/// away first: rename is atomic, so of two redeemers only one gets it.
public final class FileWebSessionStore: WebSessionStore {
    private let sessions: String
    private let grants: String
    private let fileSystem = POSIXStoreFileSystem()

    public init(storeRoot: String) throws {
        let root = storeRoot + "/web"
        sessions = root + "/sessions"
        grants = root + "/grants"
        // A folder that cannot be made is a `StoreError` naming it (a read-only store: « accès refusé »).
        for folder in [root, sessions, grants] {
            do throws(StoreIOError) { try fileSystem.makeDirectory(folder) } catch { throw StoreError.io(error) }
        }
    }

    /// Hashes are SHA-256 hex, which `WebSessions` always passes: anything else never reaches the file system.
    private static func name(_ hash: String) throws -> String {
        guard hash.count == 64, hash.allSatisfy(\.isHexDigit) else { throw CocoaError(.fileReadInvalidFileName) }
        return hash + ".json"
    }

    public func save(_ session: WebSession, idHash: String) throws {
        try DurableFile.write(Array(try JSONEncoder().encode(session)), to: sessions + "/" + Self.name(idHash))
    }

    public func session(idHash: String, now: Double) throws -> WebSession? {
        let path = sessions + "/" + (try Self.name(idHash))
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        let session = try JSONDecoder().decode(WebSession.self, from: data)
        guard session.expires > now else {
            try? fileSystem.remove(path)
            return nil
        }
        return session
    }

    public func removeSession(idHash: String) throws {
        let path = sessions + "/" + (try Self.name(idHash))
        if fileSystem.exists(path) { try fileSystem.remove(path) }
    }

    public func saveGrant(_ grant: SignInGrant, tokenHash: String) throws {
        try DurableFile.write(Array(try JSONEncoder().encode(grant)), to: grants + "/" + Self.name(tokenHash))
    }

    public func redeemGrant(tokenHash: String, now: Double) throws -> SignInGrant? {
        let path = grants + "/" + (try Self.name(tokenHash))
        let claimed = grants + "/.redeemed-" + UUID().uuidString.lowercased()
        guard rename(path, claimed) == 0 else { return nil }
        defer { try? fileSystem.remove(claimed) }
        guard let data = FileManager.default.contents(atPath: claimed) else { return nil }
        let grant = try JSONDecoder().decode(SignInGrant.self, from: data)
        return grant.expires > now ? grant : nil
    }

    /// Reads every session and link file (an erasure is rare; sessions are few and short-lived) and
    /// removes those naming `project`.
    public func removeAll(naming project: String) throws {
        try removeEach { $0.project == project }
    }

    /// Reads every session and link file, as an erasure does, once an hour; a link claimed by a redeemer
    /// that died before removing it (`.redeemed-…`) goes too: it opens nothing.
    public func removeExpired(now: Double) throws {
        try removeEach { $0.expires <= now }
        for name in try fileSystem.contentsOfDirectory(grants) where name.hasPrefix(".redeemed-") {
            try? fileSystem.remove(grants + "/" + name)
        }
    }

    /// What a session or link file says of itself.
    private struct Named: Decodable {
        var project: String?
        var expires: Double
    }

    /// Removes the session and link files `matching` says so of; a file another process removed
    /// meanwhile is skipped, any other failure thrown (an erasure must not leave one behind).
    private func removeEach(matching: (Named) -> Bool) throws {
        for folder in [sessions, grants] {
            for name in try fileSystem.contentsOfDirectory(folder) where name.hasSuffix(".json") {
                let path = folder + "/" + name
                guard let data = FileManager.default.contents(atPath: path),
                    let named = try? JSONDecoder().decode(Named.self, from: data), matching(named)
                else { continue }
                try removeIfPresent(path)
            }
        }
    }

    private func removeIfPresent(_ path: String) throws {
        do { try fileSystem.remove(path) } catch let error as StoreIOError where error.code == ENOENT {}
    }
}
