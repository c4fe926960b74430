internal import CLibXML2
import Foundation

/// Reads an XML file node by node (libxml2's `xmlTextReader`), pulling the file through in fixed-size
/// chunks, so memory stays constant whatever the file's size: LHÉO feeds run to hundreds of megabytes.
///
/// Hardened like `XMLDocument`: no network, no entity expansion, no DTD loading, every external entity
/// refused (`LibXML2Runtime`), any DOCTYPE refused, nesting bounded by `XMLParseLimits.maxDepth`.
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
    public private(set) var node: Node = .other

    static let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue
        | XML_PARSE_NOCDATA.rawValue | XML_PARSE_BIG_LINES.rawValue)

    /// Opens `path` for streaming. `sourceName` names it in failures (defaults to the path).
    public init(path: String, sourceName: String? = nil, limits: XMLParseLimits = .default) throws(XMLError) {
        let name = sourceName ?? path
        self.sourceName = name
        self.limits = limits
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else {
            throw XMLError(.notWellFormed, at: XMLSourceLocation(sourceName: name), detail: String(cString: strerror(errno)))
        }
        LibXML2Runtime.prepare()
        // The input lives until libxml2 calls the close callback, which releases it and closes the file.
        let input = Unmanaged.passRetained(ChunkedFileInput(descriptor: descriptor))
        guard let reader = xmlReaderForIO({ context, buffer, length in
            guard let context, let buffer else { return -1 }
            let input = Unmanaged<ChunkedFileInput>.fromOpaque(context).takeUnretainedValue()
            return Int32(read(input.descriptor, buffer, Int(length)))
        }, { context in
            guard let context else { return 0 }
            Unmanaged<ChunkedFileInput>.fromOpaque(context).release()
            return 0
        }, input.toOpaque(), name, nil, Self.options) else {
            input.release()
            throw XMLError(.notWellFormed, at: XMLSourceLocation(sourceName: name), detail: "out of memory")
        }
        self.reader = reader
        collector = LibXML2DiagnosticCollector(sourceName: name)
        xmlTextReaderSetStructuredErrorHandler(reader, { opaque, error in
            LibXML2DiagnosticCollector.from(opaque)?.record(LibXML2ErrorSnapshot(UnsafePointer(error)))
        }, collector.opaque)
    }

    deinit { xmlFreeTextReader(reader) }

    /// Moves to the next node; false at the end of the document. Throws on malformed XML (with its line
    /// and column), on a DOCTYPE, and on nesting deeper than the limits allow.
    public func next() throws(XMLError) -> Bool {
        let result = withExtendedLifetime(collector) { xmlTextReaderRead(reader) }
        if result == 0 { return false }
        guard result == 1 else {
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
        XMLSourceLocation(sourceName: sourceName, line: Int(xmlTextReaderGetParserLineNumber(reader)),
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

/// The file behind a stream; libxml2 asks it for chunks through the read callback.
private final class ChunkedFileInput {
    let descriptor: Int32
    init(descriptor: Int32) { self.descriptor = descriptor }
    deinit { close(descriptor) }
}
