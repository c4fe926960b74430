internal import CLibXML2
import Foundation

/// Reads an XML file node by node (libxml2's `xmlTextReader`), pulling the file through in fixed-size
/// chunks, so memory stays constant whatever the file's size: LHÉO feeds run to hundreds of megabytes.
///
/// Hardened like `XMLDocument`: every chunk passes `XMLStreamPrescan` (size, encoding, DOCTYPE, depth,
/// attributes, namespaces) before libxml2 is handed it; then no network, no entity expansion, no DTD
/// loading, every external entity refused (`LibXML2Runtime`), and the same limits checked again on nodes.
/// The one owner of its `xmlTextReaderPtr`.
public final class XMLStreamReader {
    /// What the reader stands on after `next()`.
    public enum Node: Sendable, Equatable {
        case startElement
        case endElement
        /// Character data (text or CDATA) of the current element.
        case text
        /// Comments, processing instructions, whitespace between elements.
        case other
    }

    public let sourceName: String
    private let reader: xmlTextReaderPtr
    private let collector: LibXML2DiagnosticCollector
    private let limits: XMLParseLimits
    /// Also retained by libxml2 until it closes the stream; kept here to read the prescan's verdict.
    private let input: ChunkedFileInput
    public private(set) var node: Node = .other

    /// A stream has no whole-document size to bound memory by: feeds of hundreds of megabytes are read
    /// in constant memory, so only the other limits apply, with a ceiling of 4 GiB.
    public static let defaultLimits = XMLParseLimits(maxBytes: 4 << 30)

    static let options = Int32(
        XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue
            | XML_PARSE_NOCDATA.rawValue | XML_PARSE_BIG_LINES.rawValue)

    /// Opens `path` for streaming. `sourceName` names it in failures (defaults to the path).
    public init(path: String, sourceName: String? = nil, limits: XMLParseLimits = XMLStreamReader.defaultLimits) throws(XMLError) {
        let name = sourceName ?? path
        self.sourceName = name
        self.limits = limits
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else {
            throw XMLError(.notWellFormed, at: XMLSourceLocation(sourceName: name), detail: String(cString: strerror(errno)))
        }
        LibXML2Runtime.prepare()
        // The input lives until libxml2 calls the close callback, which releases it and closes the file.
        let chunks = ChunkedFileInput(descriptor: descriptor, prescan: XMLStreamPrescan(limits: limits, sourceName: name))
        self.input = chunks
        let input = Unmanaged.passRetained(chunks)
        guard
            let reader = xmlReaderForIO(
                { context, buffer, length in
                    guard let context, let buffer else { return -1 }
                    return Unmanaged<ChunkedFileInput>.fromOpaque(context).takeUnretainedValue().read(into: buffer, length: Int(length))
                },
                { context in
                    guard let context else { return 0 }
                    Unmanaged<ChunkedFileInput>.fromOpaque(context).release()
                    return 0
                }, input.toOpaque(), name, nil, Self.options)
        else {
            input.release()
            if let refusal = chunks.refusal { throw refusal }
            throw XMLError(.notWellFormed, at: XMLSourceLocation(sourceName: name), detail: "out of memory")
        }
        self.reader = reader
        collector = LibXML2DiagnosticCollector(sourceName: name)
        xmlTextReaderSetStructuredErrorHandler(
            reader,
            { opaque, error in
                LibXML2DiagnosticCollector.from(opaque)?.record(LibXML2ErrorSnapshot(UnsafePointer(error)))
            }, collector.opaque)
    }

    deinit { xmlFreeTextReader(reader) }

    /// Moves to the next node; false at the end of the document. Throws on malformed XML (with its line
    /// and column), on a DOCTYPE, and on nesting deeper than the limits allow.
    public func next() throws(XMLError) -> Bool {
        let result = withExtendedLifetime(collector) { xmlTextReaderRead(reader) }
        if result == 0 {
            // libxml2 may stop reading once the root element closes, and 2.9 takes a NUL there for the
            // end of the input: what it left unread still passes the prescan, so nothing is dropped silently.
            input.drain()
            if let refusal = input.refusal { throw refusal }
            return false
        }
        guard result == 1 else {
            if let refusal = input.refusal { throw refusal }
            let first = collector.diagnostics.first
            throw XMLError(.notWellFormed, at: first?.location ?? parserLocation, detail: first?.message ?? "")
        }
        switch xmlTextReaderNodeType(reader) {
        case Int32(XML_READER_TYPE_ELEMENT.rawValue):
            node = .startElement
            if depth >= limits.maxDepth { throw XMLError(.tooDeep(limit: limits.maxDepth), at: location) }
            if xmlTextReaderAttributeCount(reader) > Int32(limits.maxAttributesPerElement) {
                throw XMLError(.tooManyAttributes(limit: limits.maxAttributesPerElement, element: localName), at: location)
            }
        case Int32(XML_READER_TYPE_END_ELEMENT.rawValue): node = .endElement
        case Int32(XML_READER_TYPE_TEXT.rawValue), Int32(XML_READER_TYPE_CDATA.rawValue): node = .text
        case Int32(XML_READER_TYPE_DOCUMENT_TYPE.rawValue), Int32(XML_READER_TYPE_ENTITY_REFERENCE.rawValue):
            throw XMLError(.doctypeForbidden, at: location)
        default: node = .other
        }
        return true
    }

    /// Local name of the current element (without prefix).
    public var localName: String { xmlTextReaderConstLocalName(reader).map { String(cString: $0) } ?? "" }

    /// Nesting depth of the current node (the root element is 0).
    public var depth: Int { Int(xmlTextReaderDepth(reader)) }

    /// True for `<element/>`, which has no end-element node.
    public var isEmptyElement: Bool { xmlTextReaderIsEmptyElement(reader) == 1 }

    /// The text of a text node.
    public var text: String { xmlTextReaderConstValue(reader).map { String(cString: $0) } ?? "" }

    /// An attribute of the current element, by name.
    public func attribute(_ name: String) -> String? {
        guard let value = xmlTextReaderGetAttribute(reader, name) else { return nil }
        defer { jalon_xmlFree(value) }
        return String(cString: value)
    }

    /// Where the current node starts (its line; libxml2 keeps no column for nodes), or where the parser
    /// stands when there is no node. The parser reads ahead, so its own position is only right for errors.
    public var location: XMLSourceLocation {
        if let current = xmlTextReaderCurrentNode(reader) {
            let line = xmlGetLineNo(current)
            if line > 0 { return XMLSourceLocation(sourceName: sourceName, line: Int(line)) }
        }
        return parserLocation
    }

    private var parserLocation: XMLSourceLocation {
        XMLSourceLocation(
            sourceName: sourceName, line: Int(xmlTextReaderGetParserLineNumber(reader)),
            column: Int(xmlTextReaderGetParserColumnNumber(reader)))
    }

    /// On a start element: reads to its end and returns the text it contains (nested elements' text
    /// included). The reader is left on the element's end.
    public func readElementText() throws(XMLError) -> String {
        guard node == .startElement, !isEmptyElement else { return "" }
        let start = depth
        var text = ""
        while try next() {
            if node == .text { text += self.text }
            if node == .endElement, depth == start { break }
        }
        return text
    }

    /// On a start element: skips to its end without building anything.
    public func skipElement() throws(XMLError) {
        guard node == .startElement, !isEmptyElement else { return }
        let start = depth
        while try next() {
            if node == .endElement, depth == start { return }
        }
    }
}

/// The file behind a stream; libxml2 asks it for chunks through the read callback, and each chunk is
/// prescanned before libxml2 gets it. A refused chunk ends the stream with an error libxml2 reports as
/// an I/O failure; the reader then throws the prescan's own reason.
private final class ChunkedFileInput {
    let descriptor: Int32
    private var prescan: XMLStreamPrescan
    private(set) var refusal: XMLError?

    init(descriptor: Int32, prescan: XMLStreamPrescan) {
        self.descriptor = descriptor
        self.prescan = prescan
    }

    deinit { close(descriptor) }

    /// Reads what libxml2 left unread through the prescan, in chunks (bounded memory), to the end.
    func drain() {
        var buffer = [CChar](repeating: 0, count: 64 << 10)
        while refusal == nil {
            let count = buffer.withUnsafeMutableBufferPointer { read(into: $0.baseAddress!, length: $0.count) }
            if count <= 0 { return }
        }
    }

    func read(into buffer: UnsafeMutablePointer<CChar>, length: Int) -> Int32 {
        guard refusal == nil else { return -1 }
        let count = Glibc.read(descriptor, buffer, length)
        guard count >= 0 else { return -1 }
        do throws(XMLError) {
            if count == 0 { try prescan.finish() } else { try prescan.feed(UnsafeRawBufferPointer(start: buffer, count: count)) }
        } catch {
            refusal = error
            return -1
        }
        return Int32(count)
    }
}
