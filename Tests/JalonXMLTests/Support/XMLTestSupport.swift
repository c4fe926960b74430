import Foundation
import Testing

@testable import JalonXML

/// Shared by the hostile-input, conformance and fuzz tests.
enum XMLTestSupport {
    /// What `XMLDocument(bytes:)` did with some input: kept it, or refused it with an `XMLError`.
    enum Outcome {
        case accepted(XMLDocument)
        case refused(XMLError)

        var error: XMLError? {
            if case .refused(let error) = self { return error }
            return nil
        }
    }

    static func parse(_ bytes: [UInt8], name: String = "t.xml", limits: XMLParseLimits = .default) -> Outcome {
        do {
            return .accepted(try XMLDocument(bytes: bytes, sourceName: name, limits: limits))
        } catch {
            return .refused(error)
        }
    }

    static func parse(_ text: String, name: String = "t.xml", limits: XMLParseLimits = .default) -> Outcome {
        parse(Array(text.utf8), name: name, limits: limits)
    }

    /// libxml2 and the post-parse checks alone, the prescan skipped: the second layer on its own.
    static func parseWithoutPrescan(_ bytes: [UInt8], name: String = "t.xml") -> Outcome {
        do {
            return .accepted(try XMLDocument(skippingPrescan: bytes, sourceName: name))
        } catch {
            return .refused(error)
        }
    }

    /// Parses and expects a refusal of exactly `kind`, named after `name`, with a message in both
    /// languages. Returns the error for further checks (nil when the expectation failed).
    @discardableResult
    static func expectRefusal(
        _ bytes: [UInt8], _ kind: XMLError.Kind, name: String = "t.xml",
        limits: XMLParseLimits = .default,
        sourceLocation: SourceLocation = #_sourceLocation
    ) -> XMLError? {
        guard case .refused(let error) = parse(bytes, name: name, limits: limits) else {
            Issue.record("accepted, expected a refusal of kind \(kind)", sourceLocation: sourceLocation)
            return nil
        }
        #expect(error.kind == kind, "refused for \(error.kind): \(error)", sourceLocation: sourceLocation)
        #expect(error.location.sourceName == name, sourceLocation: sourceLocation)
        expectReadableMessages(error, sourceLocation: sourceLocation)
        return error.kind == kind ? error : nil
    }

    @discardableResult
    static func expectRefusal(
        _ text: String, _ kind: XMLError.Kind, name: String = "t.xml",
        limits: XMLParseLimits = .default,
        sourceLocation: SourceLocation = #_sourceLocation
    ) -> XMLError? {
        expectRefusal(Array(text.utf8), kind, name: name, limits: limits, sourceLocation: sourceLocation)
    }

    /// A person must be told something in French and in English, starting with where.
    static func expectReadableMessages(_ error: XMLError, sourceLocation: SourceLocation = #_sourceLocation) {
        for message in [error.message(in: .fr), error.message(in: .en)] {
            #expect(
                message.hasPrefix(error.location.description) && message.count > error.location.description.count + 5,
                "\(message)", sourceLocation: sourceLocation)
        }
    }

    /// Every text a parsed document can give out: its element text, serialisations and canonical form.
    static func everyOutput(of document: XMLDocument) -> String {
        var texts = [String(decoding: document.serialized(), as: UTF8.self)]
        if let root = document.root {
            texts += [root.text, root.innerXML()] + root.attributes.map(\.value)
        }
        if let canonical = try? document.canonicalBytes() {
            texts.append(String(decoding: canonical, as: UTF8.self))
        }
        return texts.joined(separator: "\n")
    }

    /// Everything an error can show: its messages in both languages and libxml2's detail.
    static func everyOutput(of error: XMLError) -> String {
        [error.message(in: .fr), error.message(in: .en), error.detail, String(describing: error)].joined(separator: "\n")
    }

    // MARK: Encodings

    static func utf16LE(_ text: String, bom: Bool = true) -> [UInt8] {
        (bom ? [0xFF, 0xFE] : []) + text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
    }

    static func utf16BE(_ text: String, bom: Bool = true) -> [UInt8] {
        (bom ? [0xFE, 0xFF] : []) + text.utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
    }

    static func ucs4BE(_ text: String) -> [UInt8] {
        text.unicodeScalars.flatMap { scalar in (0..<4).reversed().map { UInt8((scalar.value >> (8 * $0)) & 0xFF) } }
    }

    /// Printable ASCII (0x20–0x7E) and newline in EBCDIC code page 037, for building documents libxml2 reads
    /// through iconv once their declaration says `IBM037`.
    static func ebcdic037(_ text: String) -> [UInt8] {
        let table: [UInt8] = [
            0x40, 0x5A, 0x7F, 0x7B, 0x5B, 0x6C, 0x50, 0x7D, 0x4D, 0x5D, 0x5C, 0x4E, 0x6B, 0x60, 0x4B, 0x61,
            0xF0, 0xF1, 0xF2, 0xF3, 0xF4, 0xF5, 0xF6, 0xF7, 0xF8, 0xF9, 0x7A, 0x5E, 0x4C, 0x7E, 0x6E, 0x6F,
            0x7C, 0xC1, 0xC2, 0xC3, 0xC4, 0xC5, 0xC6, 0xC7, 0xC8, 0xC9, 0xD1, 0xD2, 0xD3, 0xD4, 0xD5, 0xD6,
            0xD7, 0xD8, 0xD9, 0xE2, 0xE3, 0xE4, 0xE5, 0xE6, 0xE7, 0xE8, 0xE9, 0xBA, 0xE0, 0xBB, 0xB0, 0x6D,
            0x79, 0x81, 0x82, 0x83, 0x84, 0x85, 0x86, 0x87, 0x88, 0x89, 0x91, 0x92, 0x93, 0x94, 0x95, 0x96,
            0x97, 0x98, 0x99, 0xA2, 0xA3, 0xA4, 0xA5, 0xA6, 0xA7, 0xA8, 0xA9, 0xC0, 0x4F, 0xD0, 0xA1
        ]
        return text.utf8.map { byte in
            if byte == 0x0A { return 0x25 }
            precondition((0x20...0x7E).contains(byte), "ebcdic037 handles printable ASCII and newlines only")
            return table[Int(byte) - 0x20]
        }
    }

    // MARK: Files

    /// A temporary folder holding a file whose content must never come out of a parse.
    final class SecretFile {
        let directory: URL
        let url: URL
        let content = "JALON-SECRET-\(UUID().uuidString)"

        init() throws {
            directory = FileManager.default.temporaryDirectory.appendingPathComponent("jalon-xxe-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            url = directory.appendingPathComponent("secret.txt")
            try Data(content.utf8).write(to: url)
        }

        deinit { try? FileManager.default.removeItem(at: directory) }
    }

    /// `<repo>/../shared/data/xmlconf`, found from this file's place in the repository.
    static var conformanceSuite: URL {
        URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent()  // Support
            .deletingLastPathComponent()  // JalonXMLTests
            .deletingLastPathComponent()  // Tests
            .deletingLastPathComponent()  // <repo>
            .deletingLastPathComponent()
            .appendingPathComponent("shared/data/xmlconf")
    }
}

#if canImport(Glibc)
    import Glibc
    private let streamSocket = Int32(SOCK_STREAM.rawValue)
#elseif canImport(Darwin)
    import Darwin
    private let streamSocket = SOCK_STREAM
#endif

/// A TCP listener on 127.0.0.1 that nobody is told about: any connection it sees came from the code
/// under test. Non-blocking, so counting pending connections never waits.
final class LoopbackListener {
    struct Failure: Error { var call: String }

    private let descriptor: Int32
    let port: UInt16

    init() throws {
        let descriptor = socket(AF_INET, streamSocket, 0)
        guard descriptor >= 0 else { throw Failure(call: "socket") }
        var address = Self.loopback(port: 0)
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { generic in
                bind(descriptor, generic, length) == 0 && listen(descriptor, 16) == 0
                    && getsockname(descriptor, generic, &length) == 0
            }
        }
        guard bound, fcntl(descriptor, F_SETFL, O_NONBLOCK) == 0 else {
            close(descriptor)
            throw Failure(call: "bind/listen")
        }
        self.descriptor = descriptor
        port = UInt16(bigEndian: address.sin_port)
    }

    deinit { close(descriptor) }

    /// Accepts and closes every connection waiting; returns how many there were.
    func acceptPending() -> Int {
        var count = 0
        while true {
            let connection = accept(descriptor, nil, nil)
            guard connection >= 0 else { return count }
            close(connection)
            count += 1
        }
    }

    /// Connects once, as a control that the listener does see connections.
    func connectToItself() throws {
        let client = socket(AF_INET, streamSocket, 0)
        guard client >= 0 else { throw Failure(call: "socket") }
        defer { close(client) }
        var address = Self.loopback(port: port)
        let connected = withUnsafePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(client, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) == 0
            }
        }
        guard connected else { throw Failure(call: "connect") }
    }

    private static func loopback(port: UInt16) -> sockaddr_in {
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        address.sin_addr.s_addr = UInt32(0x7F00_0001).bigEndian
        return address
    }
}

extension XMLTestSupport {
    /// One capture at a time: two would swap file descriptor 2 under each other.
    private static let standardErrorLock = NSLock()

    /// What the process writes on its standard error while `body` runs (file descriptor 2 is pointed
    /// at a temporary file meanwhile). Tests running in parallel may add their own lines: look for
    /// something only `body` could print.
    static func standardError(during body: () throws -> Void) throws -> String {
        standardErrorLock.lock()
        defer { standardErrorLock.unlock() }
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("jalon-stderr-\(UUID().uuidString)")
        _ = FileManager.default.createFile(atPath: file.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: file) }
        let capture = open(file.path, O_WRONLY)
        let saved = dup(2)
        guard capture >= 0, saved >= 0 else { throw LoopbackListener.Failure(call: "open/dup") }
        fflush(nil)
        dup2(capture, 2)
        close(capture)
        defer {
            fflush(nil)
            dup2(saved, 2)
            close(saved)
        }
        try body()
        fflush(nil)
        return (try? String(contentsOf: file, encoding: .utf8)) ?? ""
    }
}
