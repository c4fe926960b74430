import Foundation
import Synchronization

/// The access journal: one JSON line per request that reached a project or a protected route — time,
/// subject, role, operation, project id, outcome — appended and fsynced before the response leaves.
/// Never any content: no names, no texts, no bodies.
public final class AccessJournal: Sendable {
    public struct Entry: Sendable, Equatable, Codable {
        public var time: String
        public var subject: String?
        public var role: String?
        public var operation: String
        public var project: String?
        /// The HTTP status sent.
        public var outcome: Int
    }

    public let path: String
    private let descriptor: Mutex<Int32>

    public init(path: String) throws {
        let folder = (path as NSString).deletingLastPathComponent
        if !folder.isEmpty { try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true) }
        let fd = open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
        self.path = path
        descriptor = Mutex(fd)
    }

    deinit { descriptor.withLock { _ = close($0) } }

    /// Appends one line with a single write(2) (O_APPEND keeps lines whole between processes) and fsyncs.
    public func record(_ entry: Entry) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let line = Array(try encoder.encode(entry)) + [UInt8(ascii: "\n")]
        try descriptor.withLock { fd in
            let written = line.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
            guard written == line.count else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
            guard fsync(fd) == 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
        }
    }
}
