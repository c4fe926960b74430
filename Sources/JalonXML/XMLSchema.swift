internal import CLibXML2
import Foundation

/// A compiled W3C XML Schema. Compile once, validate many documents: libxml2 only reads a compiled
/// schema while validating, and each validation gets its own context, so sharing across tasks is safe.
public final class XMLSchema: @unchecked Sendable {
    private let pointer: xmlSchemaPtr
    private let schemaDocument: XMLDocument
    public let sourceName: String

    /// Compiles a schema. Its XML is read by Jalon's own hardened parser first, so that even a broken
    /// schema file is reported with its line rather than printed by libxml2 on stderr.
    public init(bytes: [UInt8], sourceName: String) throws(XMLError) {
        let document = try XMLDocument(bytes: bytes, sourceName: sourceName)
        self.sourceName = sourceName
        let collector = LibXML2DiagnosticCollector(sourceName: sourceName)
        let compiled: xmlSchemaPtr? = {
            guard let parser = xmlSchemaNewDocParserCtxt(document.pointer) else { return nil }
            defer { xmlSchemaFreeParserCtxt(parser) }
            xmlSchemaSetParserStructuredErrors(
                parser,
                { opaque, error in
                    LibXML2DiagnosticCollector.from(opaque)?.record(LibXML2ErrorSnapshot(UnsafePointer(error)))
                }, collector.opaque)
            return withExtendedLifetime(collector) { xmlSchemaParse(parser) }
        }()
        guard let compiled else {
            let first = collector.diagnostics.first
            throw XMLError(
                .schemaUnusable, at: first?.location ?? XMLSourceLocation(sourceName: sourceName),
                detail: first?.message ?? "")
        }
        // The compiled schema keeps pointers into its source tree: keep the tree as long as the schema.
        schemaDocument = document
        pointer = compiled
    }

    public convenience init(contentsOf url: URL) throws {
        let data = try Data(contentsOf: url)
        try self.init(bytes: [UInt8](data), sourceName: url.lastPathComponent)
    }

    deinit { xmlSchemaFree(pointer) }

    /// How many violations `validate` keeps by default: a hostile document can break the schema once
    /// per element, and a server must not hold millions of messages for it.
    public static let defaultDiagnosticLimit = 200

    /// The first `limit` violations of the schema, in document order; empty when the document is valid.
    public func validate(_ document: XMLDocument, limit: Int = XMLSchema.defaultDiagnosticLimit) -> [XMLDiagnostic] {
        guard let context = xmlSchemaNewValidCtxt(pointer) else {
            return [XMLDiagnostic(location: XMLSourceLocation(sourceName: document.sourceName), message: "out of memory")]
        }
        defer { xmlSchemaFreeValidCtxt(context) }
        let collector = LibXML2DiagnosticCollector(sourceName: document.sourceName, limit: max(1, limit))
        xmlSchemaSetValidStructuredErrors(
            context,
            { opaque, error in
                LibXML2DiagnosticCollector.from(opaque)?.record(LibXML2ErrorSnapshot(UnsafePointer(error)))
            }, collector.opaque)
        let result = withExtendedLifetime(collector) { xmlSchemaValidateDoc(context, document.pointer) }
        if result != 0, collector.diagnostics.isEmpty {
            return [
                XMLDiagnostic(
                    location: XMLSourceLocation(sourceName: document.sourceName),
                    message: "validation failed (libxml2 code \(result))")
            ]
        }
        return collector.diagnostics
    }

    /// Throws `XMLError` with `.invalid` and every diagnostic when the document breaks the schema.
    public func assertValid(_ document: XMLDocument) throws(XMLError) {
        let diagnostics = validate(document)
        guard let first = diagnostics.first else { return }
        throw XMLError(.invalid(diagnostics: diagnostics), at: first.location, detail: first.message)
    }
}
