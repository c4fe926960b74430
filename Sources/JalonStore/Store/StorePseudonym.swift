import Crypto
import Foundation
import JalonCore

/// The store's secret for keyed hashes (HMAC-SHA256) of project ids: what the access journal writes
/// instead of an id, and how the store remembers which ids were erased without keeping them. Whoever
/// holds the key can still tell whether a line concerns a project they know the id of (an audit);
/// nobody can read an id back from a hash. Kept as `STORE/keys/pseudonym.key`, 32 random bytes, 0600.
public struct StorePseudonym: Sendable {
    /// The key's bytes (`SymmetricKey` is not `Sendable`; this value crosses threads in the server).
    private let key: [UInt8]

    public init(key: [UInt8]) { self.key = key }

    /// The store's key, created on first use (two processes creating it at once agree on one).
    public init(storeRoot: String, fileSystem: any StoreFileSystem = POSIXStoreFileSystem()) throws(StoreIOError) {
        let folder = storeRoot + "/keys", path = folder + "/pseudonym.key"
        try fileSystem.makeDirectory(storeRoot)
        try fileSystem.makeDirectory(folder)
        if !fileSystem.exists(path) {
            let fresh = SymmetricKey(size: .bits256).withUnsafeBytes { Array($0) }
            do { try fileSystem.writeDurably(fresh, toNewFile: path) } catch  where error.code == EEXIST {
                // Another process wrote it first: its key is the store's.
            }
        }
        let bytes = try fileSystem.read(path)
        guard bytes.count == 32 else { throw StoreIOError(operation: "read key", path: path, code: EINVAL) }
        key = bytes
    }

    /// `hmac-sha256:` and the first 16 bytes of the HMAC of the id, in hex.
    public func hash(_ id: ProjectID) -> String {
        let mac = HMAC<SHA256>.authenticationCode(for: Array(id.rawValue.utf8), using: SymmetricKey(data: key))
        return "hmac-sha256:"
            + mac.prefix(16).map { byte in
                let hex = String(byte, radix: 16)
                return byte < 16 ? "0" + hex : hex
            }.joined()
    }
}
