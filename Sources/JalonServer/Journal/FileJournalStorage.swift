import Foundation
import JalonCore
import JalonStore
import Synchronization

#if canImport(Glibc)
    import Glibc
#endif

/// The access journal as JSON lines in a file (the file store's, or the configuration's `journal`),
/// folder 0700 and files 0600. Each batch is one write(2) under O_APPEND and one fsync: whole lines,
/// even with another process appending to the same file.
///
/// Rotation: once the file would pass `rotation.maxBytes`, or its first line is older than
/// `rotation.maxAgeSeconds`, it is renamed `journal-YYYYMMDDThhmmssZ-PID.jsonl` beside it (a hard link
/// then an unlink: never over another file) and a new one begun; a process that still had the old one
/// open sees the path name another file at its next batch and reopens. Retention never rewrites the
/// file being appended to: that one is rotated first, then the rotated files are rewritten without the
/// old lines (or removed whole when every line is old).
public final class FileJournalStorage: AccessJournalStorage {
    public struct Rotation: Sendable, Equatable {
        public var maxBytes: Int
        public var maxAgeSeconds: Int64

        public init(maxBytes: Int, maxAgeSeconds: Int64) {
            self.maxBytes = maxBytes
            self.maxAgeSeconds = maxAgeSeconds
        }
    }

    public let path: String
    public let rotation: Rotation?
    private let state: Mutex<Open>

    /// The open file and the time of its first line (nil: empty), read when it is opened.
    private struct Open {
        var descriptor: Int32
        var started: Timestamp?
    }

    /// Where the journal of the file store at `storeRoot` goes unless the configuration names a file.
    public static func path(inStore storeRoot: String) -> String { storeRoot + "/journal.jsonl" }

    public init(path: String, rotation: Rotation? = nil) throws {
        let folder = (path as NSString).deletingLastPathComponent
        if !folder.isEmpty {
            try FileManager.default.createDirectory(
                atPath: folder, withIntermediateDirectories: true,
                attributes: [.posixPermissions: 0o700])
        }
        self.path = path
        self.rotation = rotation
        state = Mutex(try Self.open(path))
    }

    deinit { state.withLock { _ = close($0.descriptor) } }

    private static func open(_ path: String) throws -> Open {
        let fd = Glibc.open(path, O_RDWR | O_APPEND | O_CREAT | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
        return Open(descriptor: fd, started: firstTime(fd))
    }

    /// The time of the file's first line, read from its start (4 KB hold any line Jalon writes).
    private static func firstTime(_ fd: Int32) -> Timestamp? {
        var buffer = [UInt8](repeating: 0, count: 4096)
        let count = buffer.withUnsafeMutableBytes { pread(fd, $0.baseAddress, $0.count, 0) }
        guard count > 0, let end = buffer[0..<count].firstIndex(of: UInt8(ascii: "\n")) else { return nil }
        return (try? JSONDecoder().decode(AccessJournal.Entry.self, from: Data(buffer[0..<end]))).flatMap { Timestamp(iso8601: $0.time) }
    }

    /// Reopens when the path no longer names the open file (rotated or purged, by this process or another).
    private static func follow(_ open: inout Open, path: String) throws {
        var named = stat(), opened = stat()
        if stat(path, &named) != 0 || fstat(open.descriptor, &opened) != 0 || named.st_ino != opened.st_ino || named.st_dev != opened.st_dev {
            let fresh = try Self.open(path)
            close(open.descriptor)
            open = fresh
        }
    }

    static func line(_ entry: AccessJournal.Entry) throws -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return Array(try encoder.encode(entry)) + [UInt8(ascii: "\n")]
    }

    public func append(_ entries: [AccessJournal.Entry]) throws {
        let bytes = try entries.flatMap(Self.line)
        let first = entries.first.flatMap { Timestamp(iso8601: $0.time) }
        try state.withLock { open in
            try Self.follow(&open, path: path)
            if let rotation, let first, try needsRotation(open, adding: bytes.count, at: first, rotation) {
                try rotate(&open, at: first)
            }
            let written = bytes.withUnsafeBytes { write(open.descriptor, $0.baseAddress, $0.count) }
            guard written == bytes.count, fsync(open.descriptor) == 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
            if open.started == nil { open.started = first }
        }
    }

    private func needsRotation(_ open: Open, adding count: Int, at time: Timestamp, _ rotation: Rotation) throws -> Bool {
        var info = stat()
        guard fstat(open.descriptor, &info) == 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
        guard info.st_size > 0 else { return false }
        if Int(info.st_size) + count > rotation.maxBytes { return true }
        return open.started.map { time.secondsSince1970 - $0.secondsSince1970 >= rotation.maxAgeSeconds } ?? false
    }

    /// Gives the current file a dated name of its own and opens a new one at `path`.
    private func rotate(_ open: inout Open, at time: Timestamp) throws {
        let folder = (path as NSString).deletingLastPathComponent, stem = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
        let stamp = time.description.filter { $0 != "-" && $0 != ":" }
        var attempt = 0
        while true {
            let name = (folder.isEmpty ? "" : folder + "/") + "\(stem)-\(stamp)-\(getpid())\(attempt == 0 ? "" : "-\(attempt)").jsonl"
            if link(path, name) == 0 { break }
            guard errno == EEXIST else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
            attempt += 1
        }
        guard unlink(path) == 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
        try POSIXStoreFileSystem().syncDirectory(folder.isEmpty ? "." : folder)
        let fresh = try Self.open(path)
        close(open.descriptor)
        open = fresh
    }

    /// The rotated files, oldest first (their names sort by date).
    func rotatedFiles() throws -> [String] {
        let folder = (path as NSString).deletingLastPathComponent, stem = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.isEmpty ? "." : folder)
        return names.filter { $0.hasPrefix(stem + "-") && $0.hasSuffix(".jsonl") }.sorted().map { (folder.isEmpty ? "" : folder + "/") + $0 }
    }

    /// The lines that read as entries, rotated files first (a line cut short by a crash mid-write is skipped).
    public func entries() throws -> [AccessJournal.Entry] {
        try state.withLock { _ in
            try (rotatedFiles() + [path]).flatMap { file in
                (FileManager.default.contents(atPath: file) ?? Data()).split(separator: UInt8(ascii: "\n"))
                    .compactMap { try? JSONDecoder().decode(AccessJournal.Entry.self, from: Data($0)) }
            }
        }
    }

    /// Drops the lines dated before `limit`: the current file is rotated first if it holds any (its
    /// first line is old), then each rotated file is removed (every line old) or rewritten without them
    /// (crash-safe: a whole new file renamed over the old). A line whose time does not read is kept:
    /// purging is no place to lose evidence.
    public func purge(olderThan limit: Timestamp) throws {
        try state.withLock { open in
            try Self.follow(&open, path: path)
            if let started = open.started, started < limit { try rotate(&open, at: .now()) }
            for file in try rotatedFiles() { try Self.purge(file, olderThan: limit) }
        }
    }

    private static func purge(_ file: String, olderThan limit: Timestamp) throws {
        guard let data = FileManager.default.contents(atPath: file) else { return }
        let decoder = JSONDecoder()
        var kept: [UInt8] = [], dropped = 0
        for line in data.split(separator: UInt8(ascii: "\n")) {
            if let entry = try? decoder.decode(AccessJournal.Entry.self, from: Data(line)), let time = Timestamp(iso8601: entry.time), time < limit {
                dropped += 1
                continue
            }
            kept += line + [UInt8(ascii: "\n")]
        }
        if kept.isEmpty {
            try FileManager.default.removeItem(atPath: file)
        } else if dropped > 0 {
            try DurableFile.write(kept, to: file)
        }
    }
}
