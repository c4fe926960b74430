import Foundation
import JalonLocale

#if canImport(Glibc)
    import Glibc
#else
    #error("Jalon's file store is written for Linux (glibc's readdir, fsync, O_DIRECTORY): see Package.swift")
#endif

/// The few file operations the revision store makes, behind a seam so tests can inject a failure at
/// any step of a save (libfiu only reaches the plain POSIX calls; this reaches every one).
public protocol StoreFileSystem: Sendable {
    /// Creates `path` (which must not exist) with `bytes`, and flushes it to disk before returning.
    func writeDurably(_ bytes: [UInt8], toNewFile path: String) throws(StoreIOError)
    /// Atomically renames; `to` must not exist (the caller holds the project's lock and checked).
    func rename(_ from: String, to: String) throws(StoreIOError)
    /// Flushes a folder's entries, so a rename or an unlink in it survives a power loss.
    func syncDirectory(_ path: String) throws(StoreIOError)
    func remove(_ path: String) throws(StoreIOError)
    /// Creates a folder readable only by its owner; no error when it exists.
    func makeDirectory(_ path: String) throws(StoreIOError)
    func removeDirectory(_ path: String) throws(StoreIOError)
    func contentsOfDirectory(_ path: String) throws(StoreIOError) -> [String]
    func read(_ path: String) throws(StoreIOError) -> [UInt8]
    func exists(_ path: String) -> Bool
    /// Takes the exclusive advisory lock of `path` (created if needed), waiting for another holder;
    /// the lock returned is that of the file at `path` when it returns, even if the file was replaced.
    func lockExclusively(_ path: String) throws(StoreIOError) -> StoreFileLock
    /// The exclusive lock of an existing `path` if no one holds it; nil when it is held or missing.
    func lockExclusivelyIfFree(_ path: String) -> StoreFileLock?
}

/// An operating-system error on a path, with the operation that failed.
public struct StoreIOError: LocalizedFailure, Sendable, Equatable {
    public var operation: String
    public var path: String
    public var code: Int32

    public init(operation: String, path: String, code: Int32) {
        self.operation = operation
        self.path = path
        self.code = code
    }

    public var systemMessage: String { String(cString: strerror(code)) }
    public var description: String { "\(operation) \(path): \(systemMessage) (errno \(code))" }

    /// As the store says it (``StoreError/io(_:)``): the path, and a sentence for a refused permission.
    public func message(in language: Language) -> String { StoreError.io(self).message(in: language) }

    public var failureKind: FailureKind { .io }

    static func current(_ operation: String, _ path: String) -> StoreIOError {
        StoreIOError(operation: operation, path: path, code: errno)
    }
}

/// A held `flock` lock; released when this value goes (closing its descriptor).
public final class StoreFileLock: Sendable {
    private let descriptor: Int32

    init(descriptor: Int32) { self.descriptor = descriptor }

    deinit { close(descriptor) }
}

/// The real file system, through plain POSIX calls (open, write, fsync, rename, unlink), which
/// libfiu can also wrap for fault injection from outside the process.
public struct POSIXStoreFileSystem: StoreFileSystem {
    public init() {}

    public func writeDurably(_ bytes: [UInt8], toNewFile path: String) throws(StoreIOError) {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw .current("open", path) }
        var closed = false
        defer { if !closed { close(descriptor) } }
        var written = 0
        while written < bytes.count {
            let result = bytes.withUnsafeBytes { buffer in
                write(descriptor, buffer.baseAddress! + written, buffer.count - written)
            }
            if result < 0 {
                if errno == EINTR { continue }
                throw .current("write", path)
            }
            written += result
        }
        guard fsync(descriptor) == 0 else { throw .current("fsync", path) }
        closed = true
        guard close(descriptor) == 0 else { throw .current("close", path) }
    }

    public func rename(_ from: String, to: String) throws(StoreIOError) {
        guard Glibc.rename(from, to) == 0 else { throw .current("rename", to) }
    }

    public func syncDirectory(_ path: String) throws(StoreIOError) {
        let descriptor = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { throw .current("open", path) }
        defer { close(descriptor) }
        guard fsync(descriptor) == 0 else { throw .current("fsync", path) }
    }

    public func remove(_ path: String) throws(StoreIOError) {
        guard unlink(path) == 0 || errno == ENOENT else { throw .current("unlink", path) }
    }

    public func makeDirectory(_ path: String) throws(StoreIOError) {
        guard mkdir(path, 0o700) == 0 || errno == EEXIST else { throw .current("mkdir", path) }
    }

    public func removeDirectory(_ path: String) throws(StoreIOError) {
        guard rmdir(path) == 0 || errno == ENOENT else { throw .current("rmdir", path) }
    }

    public func contentsOfDirectory(_ path: String) throws(StoreIOError) -> [String] {
        guard let directory = opendir(path) else { throw .current("opendir", path) }
        defer { closedir(directory) }
        var names: [String] = []
        while true {
            errno = 0
            guard let entry = readdir(directory) else {
                if errno != 0 { throw .current("readdir", path) }
                break
            }
            let name = Self.name(of: entry)
            if name != "." && name != ".." { names.append(name) }
        }
        return names.sorted()
    }

    /// The entry's name, read through a pointer up to its NUL. glibc's records are only `d_reclen`
    /// bytes long, shorter than `dirent`: copying `d_name` (or the struct) reads past the record, and
    /// past the mapped page when the record ends a buffer — the SIGSEGV seen at a few thousand projects.
    static func name(of entry: UnsafeMutablePointer<dirent>) -> String {
        let offset = MemoryLayout<dirent>.offset(of: \dirent.d_name)!
        let start = UnsafeRawPointer(entry).advanced(by: offset).assumingMemoryBound(to: CChar.self)
        return String(cString: start)
    }

    public func read(_ path: String) throws(StoreIOError) -> [UInt8] {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw .current("open", path) }
        defer { close(descriptor) }
        var result: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let count = chunk.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress!, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw .current("read", path)
            }
            if count == 0 { return result }
            result.append(contentsOf: chunk[0..<count])
        }
    }

    public func exists(_ path: String) -> Bool {
        access(path, F_OK) == 0
    }

    public func lockExclusively(_ path: String) throws(StoreIOError) -> StoreFileLock {
        while true {
            let descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
            guard descriptor >= 0 else { throw .current("open", path) }
            while flock(descriptor, LOCK_EX) != 0 {
                if errno == EINTR { continue }
                let error = StoreIOError.current("flock", path)
                close(descriptor)
                throw error
            }
            // The holder we waited for may have removed the file (an erasure, a cleanup), and another
            // may be at `path` by now: a lock on a file no longer there guards nothing, so start again.
            if Self.descriptor(descriptor, isFileAt: path) { return StoreFileLock(descriptor: descriptor) }
            close(descriptor)
        }
    }

    public func lockExclusivelyIfFree(_ path: String) -> StoreFileLock? {
        let descriptor = open(path, O_RDWR | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        while flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
            if errno == EINTR { continue }
            close(descriptor)
            return nil
        }
        guard Self.descriptor(descriptor, isFileAt: path) else {
            close(descriptor)
            return nil
        }
        return StoreFileLock(descriptor: descriptor)
    }

    private static func descriptor(_ descriptor: Int32, isFileAt path: String) -> Bool {
        var opened = stat()
        var named = stat()
        guard fstat(descriptor, &opened) == 0, stat(path, &named) == 0 else { return false }
        return opened.st_dev == named.st_dev && opened.st_ino == named.st_ino
    }
}
