import Foundation
#if canImport(Glibc)
import Glibc
#endif
import JalonCore
import JalonStore
import Synchronization

/// The access journal as JSON lines in one file (the file store's, or the configuration's `journal`),
/// folder 0700 and file 0600. Each batch is one write(2) under O_APPEND and one fsync: whole lines,
/// even with another process appending to the same file.
public final class FileJournalStorage: AccessJournalStorage {
    public let path: String
    /// The open file, replaced when the path no longer names it (purged, rotated, by this process or another).
    private let descriptor: Mutex<Int32>

    /// Where the journal of the file store at `storeRoot` goes unless the configuration names a file.
    public static func path(inStore storeRoot: String) -> String { storeRoot + "/journal.jsonl" }

    public init(path: String) throws {
        let folder = (path as NSString).deletingLastPathComponent
        if !folder.isEmpty { try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true,
                                                                     attributes: [.posixPermissions: 0o700]) }
        self.path = path
        descriptor = Mutex(try Self.open(path))
    }

    deinit { descriptor.withLock { _ = close($0) } }

    private static func open(_ path: String) throws -> Int32 {
        let fd = Glibc.open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
        return fd
    }

    /// The descriptor of the file now at `path`: reopened when a purge or a rotation put another file there.
    private static func current(_ fd: inout Int32, path: String) throws -> Int32 {
        var named = stat(), opened = stat()
        if stat(path, &named) != 0 || fstat(fd, &opened) != 0 || named.st_ino != opened.st_ino || named.st_dev != opened.st_dev {
            let fresh = try open(path)
            close(fd)
            fd = fresh
        }
        return fd
    }

    static func line(_ entry: AccessJournal.Entry) throws -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return Array(try encoder.encode(entry)) + [UInt8(ascii: "\n")]
    }

    public func append(_ entries: [AccessJournal.Entry]) throws {
        let bytes = try entries.flatMap(Self.line)
        try descriptor.withLock { fd in
            let file = try Self.current(&fd, path: path)
            let written = bytes.withUnsafeBytes { write(file, $0.baseAddress, $0.count) }
            guard written == bytes.count, fsync(file) == 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
        }
    }

    /// The lines that read as entries (a line cut short by a crash mid-write is skipped).
    public func entries() throws -> [AccessJournal.Entry] {
        let data = try descriptor.withLock { _ in FileManager.default.contents(atPath: path) ?? Data() }
        return data.split(separator: UInt8(ascii: "\n")).compactMap { try? JSONDecoder().decode(AccessJournal.Entry.self, from: Data($0)) }
    }

    /// Rewrites the file without the lines dated before `limit` (crash-safe: a whole new file renamed
    /// over the old). A line whose time does not read is kept: purging is no place to lose evidence.
    public func purge(olderThan limit: Timestamp) throws {
        try descriptor.withLock { _ in try Self.purge(path, olderThan: limit) }
    }

    private static func purge(_ path: String, olderThan limit: Timestamp) throws {
        guard let data = FileManager.default.contents(atPath: path) else { return }
        let decoder = JSONDecoder()
        var kept: [UInt8] = [], dropped = 0
        for line in data.split(separator: UInt8(ascii: "\n")) {
            if let entry = try? decoder.decode(AccessJournal.Entry.self, from: Data(line)), let time = Timestamp(iso8601: entry.time), time < limit {
                dropped += 1
                continue
            }
            kept += line + [UInt8(ascii: "\n")]
        }
        if dropped > 0 { try DurableFile.write(kept, to: path) }
    }
}
