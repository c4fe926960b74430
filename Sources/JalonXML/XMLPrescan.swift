/// A single linear pass over the raw bytes that enforces `XMLParseLimits` and refuses DOCTYPE before
/// libxml2 sees the document, so hostile input costs O(n) and never reaches libxml2's slow paths.
///
/// It only needs to be exact on well-formed input: on malformed input it may miscount, and libxml2
/// then refuses the document anyway.
struct XMLPrescan {
    let limits: XMLParseLimits
    let sourceName: String

    func check(_ bytes: UnsafeBufferPointer<UInt8>) throws(XMLError) {
        guard bytes.count <= limits.maxBytes else {
            throw XMLError(.tooLarge(limit: limits.maxBytes, actual: bytes.count), at: XMLSourceLocation(sourceName: sourceName))
        }
        var index = 0
        var depth = 0
        let end = bytes.count
        while index < end {
            guard bytes[index] == Ascii.lessThan else { index += 1; continue }
            let start = index
            let next = index + 1 < end ? bytes[index + 1] : 0
            switch next {
            case Ascii.question:
                index = skip(past: [Ascii.question, Ascii.greaterThan], in: bytes, from: index + 2)
            case Ascii.exclamation:
                if starts(with: "<!--", in: bytes, at: index) {
                    index = skip(past: Array("-->".utf8), in: bytes, from: index + 4)
                } else if starts(with: "<![CDATA[", in: bytes, at: index) {
                    index = skip(past: Array("]]>".utf8), in: bytes, from: index + 9)
                } else {
                    // Outside a DTD, `<!` can only open a DOCTYPE (or be an error).
                    throw XMLError(.doctypeForbidden, at: location(of: start, in: bytes))
                }
            case Ascii.slash:
                depth -= 1
                index = skip(past: [Ascii.greaterThan], in: bytes, from: index + 2)
            default:
                let tag = scanStartTag(in: bytes, from: index + 1)
                if tag.attributeCount > limits.maxAttributesPerElement {
                    throw XMLError(.tooManyAttributes(limit: limits.maxAttributesPerElement, element: tag.name),
                                   at: location(of: start, in: bytes))
                }
                if !tag.selfClosing {
                    depth += 1
                    if depth > limits.maxDepth {
                        throw XMLError(.tooDeep(limit: limits.maxDepth), at: location(of: start, in: bytes))
                    }
                }
                index = tag.end
            }
        }
    }

    private struct StartTag {
        var name: String
        var attributeCount: Int
        var selfClosing: Bool
        var end: Int
    }

    /// Reads `name attr="v" …>` and counts `=` outside quotes: each is one attribute.
    private func scanStartTag(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> StartTag {
        var index = start
        while index < bytes.count, !Ascii.isNameTerminator(bytes[index]) { index += 1 }
        let name = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<min(index, start + 64)]), as: UTF8.self)
        var attributes = 0
        var quote: UInt8 = 0
        while index < bytes.count {
            let byte = bytes[index]
            if quote != 0 {
                if byte == quote { quote = 0 }
            } else if byte == Ascii.quote || byte == Ascii.apostrophe {
                quote = byte
            } else if byte == Ascii.equals {
                attributes += 1
            } else if byte == Ascii.greaterThan {
                let selfClosing = index > start && bytes[index - 1] == Ascii.slash
                return StartTag(name: name, attributeCount: attributes, selfClosing: selfClosing, end: index + 1)
            }
            index += 1
        }
        return StartTag(name: name, attributeCount: attributes, selfClosing: true, end: index)
    }

    private func skip(past terminator: [UInt8], in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var index = start
        while index + terminator.count <= bytes.count {
            if bytes[index] == terminator[0], starts(with: terminator, in: bytes, at: index) {
                return index + terminator.count
            }
            index += 1
        }
        return bytes.count
    }

    private func starts(with prefix: String, in bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        starts(with: Array(prefix.utf8), in: bytes, at: index)
    }

    private func starts(with prefix: [UInt8], in bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        guard index + prefix.count <= bytes.count else { return false }
        for offset in 0..<prefix.count where bytes[index + offset] != prefix[offset] { return false }
        return true
    }

    /// Line and column of a byte offset, computed only when an error is reported.
    private func location(of offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> XMLSourceLocation {
        var line = 1
        var lineStart = 0
        for index in 0..<offset where bytes[index] == Ascii.newline {
            line += 1
            lineStart = index + 1
        }
        return XMLSourceLocation(sourceName: sourceName, line: line, column: offset - lineStart + 1)
    }
}

private enum Ascii {
    static let lessThan = UInt8(ascii: "<")
    static let greaterThan = UInt8(ascii: ">")
    static let question = UInt8(ascii: "?")
    static let exclamation = UInt8(ascii: "!")
    static let slash = UInt8(ascii: "/")
    static let equals = UInt8(ascii: "=")
    static let quote = UInt8(ascii: "\"")
    static let apostrophe = UInt8(ascii: "'")
    static let newline = UInt8(ascii: "\n")

    static func isNameTerminator(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == greaterThan || byte == slash
    }
}
