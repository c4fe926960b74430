internal import CLibXML2
import Foundation

/// Process-wide libxml2 set-up, done once before any parse: initialise the library, and install an
/// external-entity loader that refuses everything, so no document (nor schema) can make libxml2 open a
/// file or a URL — whatever options a later caller passes.
enum LibXML2Runtime {
    static let ready: Void = {
        xmlInitParser()
        xmlSetExternalEntityLoader { _, _, _ in nil }
    }()

    /// Call before touching libxml2.
    @inline(__always)
    static func prepare() { _ = ready }

    /// Runs `body` with the errors libxml2 would send to its thread-wide handlers (C14N's, and some of
    /// the parser's) collected instead of printed on stderr. The handler is per thread in libxml2, so
    /// the previous one is put back.
    /// At most `limit` reports are kept: a hostile document can raise one per element (a million
    /// duplicate `xml:id`), and each kept report costs a Swift string.
    static func collectingContextlessErrors<Result>(
        sourceName: String, limit: Int,
        _ body: () -> Result
    ) -> (Result, [XMLDiagnostic]) {
        prepare()
        let collector = LibXML2DiagnosticCollector(sourceName: sourceName, limit: limit)
        let previousHandler = __xmlStructuredError().pointee
        let previousContext = __xmlStructuredErrorContext().pointee
        xmlSetStructuredErrorFunc(collector.opaque) { opaque, error in
            guard let collector = LibXML2DiagnosticCollector.from(opaque), !collector.isFull else { return }
            collector.record(LibXML2ErrorSnapshot(UnsafePointer(error)))
        }
        defer { xmlSetStructuredErrorFunc(previousContext, previousHandler) }
        let result = withExtendedLifetime(collector) { body() }
        return (result, collector.diagnostics)
    }
}

/// Turns libxml2's last error on a context into Jalon's terms.
struct LibXML2ErrorSnapshot {
    var message: String
    var line: Int
    var column: Int

    init?(_ error: UnsafePointer<xmlError>?) {
        guard let error else { return nil }
        let raw = error.pointee.message.map { String(cString: $0) } ?? ""
        message = raw.trimmingCharacters(in: .whitespacesAndNewlines)
        line = Int(error.pointee.line)
        column = Int(error.pointee.int2)
    }
}

/// Collects the structured errors libxml2 reports through a callback (schema validation, XPath).
final class LibXML2DiagnosticCollector {
    let sourceName: String
    let limit: Int
    private(set) var diagnostics: [XMLDiagnostic] = []

    init(sourceName: String, limit: Int = .max) {
        self.sourceName = sourceName
        self.limit = limit
    }

    var isFull: Bool { diagnostics.count >= limit }

    func record(_ snapshot: LibXML2ErrorSnapshot?) {
        guard let snapshot, !isFull else { return }
        diagnostics.append(
            XMLDiagnostic(
                location: XMLSourceLocation(sourceName: sourceName, line: snapshot.line, column: snapshot.column),
                message: snapshot.message))
    }

    /// The pointer libxml2 hands back to the callback; valid while `self` is alive.
    var opaque: UnsafeMutableRawPointer { Unmanaged.passUnretained(self).toOpaque() }

    static func from(_ opaque: UnsafeMutableRawPointer?) -> LibXML2DiagnosticCollector? {
        opaque.map { Unmanaged<LibXML2DiagnosticCollector>.fromOpaque($0).takeUnretainedValue() }
    }
}
