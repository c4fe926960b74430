import Foundation

/// `XMLPrescan`'s checks for a document read in chunks: each chunk is scanned before libxml2 is handed
/// it, keeping only a few counters and the namespace-declaration count of each open element (at most
/// `maxDepth` of them), so memory stays bounded whatever the stream's size.
///
/// Same rules as the whole-document prescan: size, a non-ASCII-compatible encoding (checked on the
/// head of the stream, which holds the XML declaration), NUL bytes, `<!` other than a comment or CDATA
/// (a DOCTYPE), nesting, attributes per element and namespace declarations in scope.
struct XMLStreamPrescan {
    let limits: XMLParseLimits
    let sourceName: String

    private enum State {
        case text
        case afterLessThan
        /// After `<!`: the bytes seen so far, until they make `--` or `[CDATA[`.
        case bang([UInt8])
        case processingInstruction
        case comment
        case cdata
        case endTag
        case startTagName
        case startTag
    }

    private var state = State.text
    /// Bytes before the scan starts, kept until they hold the XML declaration (or cannot).
    private var head: [UInt8] = []
    private var headChecked = false
    private var total = 0
    private var line = 1
    private var column = 0
    // The tag being scanned.
    private var tagName: [UInt8] = []
    private var tagLine = 1
    private var tagColumn = 0
    private var attributes = 0
    private var namespaceDeclarations = 0
    private var quote: UInt8 = 0
    /// The last seven bytes of a start tag outside quotes, to spot ` xmlns=`, ` xmlns:` or ` xmlns `.
    private var recent: [UInt8] = []
    /// The two bytes before the current one, for `?>`, `-->`, `]]>` and `/>`.
    private var previous: (UInt8, UInt8) = (0, 0)
    private var declarations: [Int] = []
    private var inScope = 0

    init(limits: XMLParseLimits, sourceName: String) {
        self.limits = limits
        self.sourceName = sourceName
    }

    /// Scans the next chunk of the stream.
    mutating func feed(_ chunk: UnsafeRawBufferPointer) throws(XMLError) {
        total += chunk.count
        guard total <= limits.maxBytes else {
            throw XMLError(.tooLarge(limit: limits.maxBytes, actual: total), at: XMLSourceLocation(sourceName: sourceName))
        }
        if !headChecked {
            head.append(contentsOf: chunk)
            // libxml2 detects an encoding from the first four bytes as soon as it has them: checked at
            // once. The declaration ends at the first `>`; 512 bytes are more than any real one needs.
            try checkEncoding()
            guard head.count >= 512 || head.contains(UInt8(ascii: ">")) else { return }
            try checkHead()
            return
        }
        for byte in chunk { try scan(byte) }
    }

    /// The end of the stream: a head too short to have been checked is checked now.
    mutating func finish() throws(XMLError) {
        if !headChecked { try checkHead() }
    }

    private func checkEncoding() throws(XMLError) {
        let prescan = XMLPrescan(limits: limits, sourceName: sourceName)
        try head.withUnsafeBufferPointer { (buffer) throws(XMLError) in try prescan.checkEncoding(buffer) }
    }

    private mutating func checkHead() throws(XMLError) {
        headChecked = true
        try checkEncoding()
        let bytes = head
        head = []
        for byte in bytes { try scan(byte) }
    }

    private var here: XMLSourceLocation { XMLSourceLocation(sourceName: sourceName, line: line, column: max(column, 1)) }

    private mutating func scan(_ byte: UInt8) throws(XMLError) {
        if byte == 0 { throw XMLError(.notWellFormed, at: here, detail: "NUL byte: U+0000 is not allowed in XML") }
        if byte == 0x0A {
            line += 1
            column = 0
        } else if byte & 0xC0 != 0x80 {
            column += 1
        }
        defer { previous = (previous.1, byte) }
        switch state {
        case .text:
            if byte == UInt8(ascii: "<") {
                state = .afterLessThan
                tagLine = line
                tagColumn = column
            }
        case .afterLessThan:
            switch byte {
            case UInt8(ascii: "?"): state = .processingInstruction
            case UInt8(ascii: "!"): state = .bang([])
            case UInt8(ascii: "/"): state = .endTag
            default:
                tagName = [byte]
                attributes = 0
                namespaceDeclarations = 0
                quote = 0
                recent = []
                state = Self.isNameTerminator(byte) ? .startTag : .startTagName
                if byte == UInt8(ascii: ">") { try closeStartTag(selfClosing: false) }
            }
        case .bang(var seen):
            seen.append(byte)
            if seen == Self.commentOpening {
                state = .comment
                previous = (0, 0)
            } else if seen == Self.cdataOpening {
                state = .cdata
            } else if Self.commentOpening.starts(with: seen) || Self.cdataOpening.starts(with: seen) {
                state = .bang(seen)
            } else {
                // Outside a DTD, `<!` can only open a DOCTYPE (or be an error).
                throw XMLError(.doctypeForbidden, at: XMLSourceLocation(sourceName: sourceName, line: tagLine, column: tagColumn))
            }
        case .processingInstruction:
            if byte == UInt8(ascii: ">"), previous.1 == UInt8(ascii: "?") { state = .text }
        case .comment:
            if byte == UInt8(ascii: ">"), previous == (UInt8(ascii: "-"), UInt8(ascii: "-")) { state = .text }
        case .cdata:
            if byte == UInt8(ascii: ">"), previous == (UInt8(ascii: "]"), UInt8(ascii: "]")) { state = .text }
        case .endTag:
            if byte == UInt8(ascii: ">") {
                inScope -= declarations.popLast() ?? 0
                state = .text
            }
        case .startTagName:
            if Self.isNameTerminator(byte) {
                state = .startTag
                try startTagByte(byte)
            } else if tagName.count < 64 {
                tagName.append(byte)
            }
        case .startTag:
            try startTagByte(byte)
        }
    }

    /// One byte inside a start tag, after its name: quotes, `=` (one attribute each), namespace
    /// declarations, and the closing `>`.
    private mutating func startTagByte(_ byte: UInt8) throws(XMLError) {
        if quote != 0 {
            if byte == quote { quote = 0 }
            return
        }
        switch byte {
        case UInt8(ascii: "\""), UInt8(ascii: "'"):
            quote = byte
            recent = []
        case UInt8(ascii: "="):
            attributes += 1
        case UInt8(ascii: ">"):
            try closeStartTag(selfClosing: previous.1 == UInt8(ascii: "/"))
            return
        default:
            break
        }
        recent.append(byte)
        if recent.count > 7 { recent.removeFirst() }
        if recent.count == 7, Self.isBlank(recent[0]), recent[1...5].elementsEqual(Self.xmlnsKeyword),
            recent[6] == UInt8(ascii: ":") || recent[6] == UInt8(ascii: "=") || Self.isBlank(recent[6])
        {
            namespaceDeclarations += 1
        }
    }

    private mutating func closeStartTag(selfClosing: Bool) throws(XMLError) {
        state = .text
        let name = String(decoding: tagName, as: UTF8.self)
        let at = XMLSourceLocation(sourceName: sourceName, line: tagLine, column: tagColumn)
        if attributes > limits.maxAttributesPerElement {
            throw XMLError(.tooManyAttributes(limit: limits.maxAttributesPerElement, element: name), at: at)
        }
        if inScope + namespaceDeclarations > limits.maxNamespacesInScope {
            throw XMLError(.tooManyNamespaces(limit: limits.maxNamespacesInScope, element: name), at: at)
        }
        guard !selfClosing else { return }
        guard declarations.count < limits.maxDepth else { throw XMLError(.tooDeep(limit: limits.maxDepth), at: at) }
        declarations.append(namespaceDeclarations)
        inScope += namespaceDeclarations
    }

    /// A name ending in `>`, `/` or white space; a start tag's attributes come after it.
    private static func isNameTerminator(_ byte: UInt8) -> Bool {
        isBlank(byte) || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "/")
    }

    private static func isBlank(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D }

    private static let commentOpening = Array("--".utf8)
    private static let cdataOpening = Array("[CDATA[".utf8)
    private static let xmlnsKeyword = Array("xmlns".utf8)
}
