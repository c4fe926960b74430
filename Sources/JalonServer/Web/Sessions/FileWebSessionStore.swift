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
        for (folder, names) in [(sessions, try fileSystem.contentsOfDirectory(sessions)), (grants, try fileSystem.contentsOfDirectory(grants))] {
            for name in names {
                let path = folder + "/" + name
                guard let data = FileManager.default.contents(atPath: path) else { continue }
                let named = folder == sessions ? (try? JSONDecoder().decode(WebSession.self, from: data))?.project
                    : (try? JSONDecoder().decode(SignInGrant.self, from: data))?.project
                if named == project { try fileSystem.remove(path) }
            }
        }
    }
}
