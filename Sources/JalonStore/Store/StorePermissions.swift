import Foundation

#if canImport(Glibc)
    import Glibc
#else
    #error("Jalon's file store is written for Linux (glibc's readdir, fsync, O_DIRECTORY): see Package.swift")
#endif

/// Jalon creates every file 0600 and every folder 0700: a store holds people's projects, their links
/// and the keys. A store made by an older Jalon, or copied with other modes, may be wider; this finds
/// where, so `jalon serve` can say so at start (it changes nothing itself: the operator decides).
public enum StorePermissions {
    /// Paths under `root` (itself included) readable, writable or searchable by group or others, at
    /// most `limit` of them, in walking order.
    public static func widerThanOwner(under root: String, limit: Int = 20) -> [(path: String, mode: mode_t)] {
        var found: [(String, mode_t)] = []
        var pending = [root]
        while let path = pending.popLast(), found.count < limit {
            var status = stat()
            guard lstat(path, &status) == 0 else { continue }
            if status.st_mode & 0o077 != 0 { found.append((path, status.st_mode & 0o777)) }
            guard (status.st_mode & S_IFMT) == S_IFDIR, let names = try? FileManager.default.contentsOfDirectory(atPath: path) else { continue }
            pending += names.sorted().reversed().map { path + "/" + $0 }
        }
        return found
    }
}
