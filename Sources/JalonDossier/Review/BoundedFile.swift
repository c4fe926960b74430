import Foundation
import JalonLocale

/// Reads a whole file unless it is larger than a limit, which is checked on the open file before any
/// byte is read: an oversized file in a caseload costs a `fstat`, not its size in memory.
enum BoundedFile {
    enum Problem: Error, LocalizedFailure {
        case missing
        case unreadable(String)
        case tooLarge(size: Int, limit: Int)

        func message(in language: Language) -> String {
            switch self {
            case .missing: language.pick(fr: "fichier introuvable", en: "no such file")
            case .unreadable(let reason): language.pick(fr: "lecture impossible (\(reason))", en: "cannot be read (\(reason))")
            case .tooLarge(let size, let limit):
                language.pick(
                    fr: "fichier trop volumineux (\(size) octets ; la limite est \(limit))",
                    en: "file too large (\(size) bytes; the limit is \(limit))")
            }
        }
    }

    static func contents(of path: String, limit: Int) -> Result<[UInt8], Problem> {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else {
            return .failure(errno == ENOENT ? .missing : .unreadable(String(cString: strerror(errno))))
        }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { return .failure(.unreadable(String(cString: strerror(errno)))) }
        guard (status.st_mode & S_IFMT) == S_IFREG else { return .failure(.unreadable(String(cString: strerror(EISDIR)))) }
        let size = Int(status.st_size)
        guard size <= limit else { return .failure(.tooLarge(size: size, limit: limit)) }
        var bytes = [UInt8](repeating: 0, count: size)
        var filled = 0
        while filled < size {
            let count = bytes.withUnsafeMutableBytes { read(descriptor, $0.baseAddress! + filled, size - filled) }
            if count < 0 {
                if errno == EINTR { continue }
                return .failure(.unreadable(String(cString: strerror(errno))))
            }
            if count == 0 { break }
            filled += count
        }
        return .success(filled == size ? bytes : Array(bytes[..<filled]))
    }
}

extension BoundedFile.Problem {
    var failureKind: FailureKind {
        switch self {
        case .missing: .notFound
        case .unreadable: .io
        case .tooLarge: .invalidInput
        }
    }
}
