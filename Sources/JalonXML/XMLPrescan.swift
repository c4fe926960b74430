import Foundation

/// A single linear pass over the raw bytes that enforces `XMLParseLimits` and refuses DOCTYPE before
/// libxml2 sees the document, so hostile input costs O(n) and never reaches libxml2's slow paths.
///
/// It only needs to be exact on well-formed input: on malformed input it may miscount, and libxml2
/// then refuses the document anyway. It reads bytes as ASCII, so it first refuses any document libxml2
/// would decode in an encoding where that is false (see `checkEncoding`).
struct XMLPrescan {
    let limits: XMLParseLimits
    let sourceName: String

    func check(_ bytes: UnsafeBufferPointer<UInt8>) throws(XMLError) {
        // libxml2 takes the length as an `int`: past Int32.max it would be cut (and Swift would trap).
        let maxBytes = min(limits.maxBytes, Int(Int32.max))
        guard bytes.count <= maxBytes else {
            throw XMLError(.tooLarge(limit: maxBytes, actual: bytes.count), at: XMLSourceLocation(sourceName: sourceName))
        }
        try checkEncoding(bytes)
        // U+0000 is never allowed, and libxml2 2.9 takes a NUL after the root element for the end of
        // the input: `<a/>\0<b>…` would be accepted with everything after the NUL silently dropped.
        if let base = bytes.baseAddress, let nul = memchr(base, 0, bytes.count) {
            throw XMLError(
                .notWellFormed, at: location(of: base.distance(to: nul.assumingMemoryBound(to: UInt8.self)), in: bytes),
                detail: "NUL byte: U+0000 is not allowed in XML")
        }
        var index = 0
        var depth = 0
        // Namespace declarations of each open element, and their sum: the stack libxml2 searches.
        var declarations: [Int] = []
        var inScope = 0
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
                inScope -= declarations.popLast() ?? 0
                index = skip(past: [Ascii.greaterThan], in: bytes, from: index + 2)
            default:
                let tag = scanStartTag(in: bytes, from: index + 1)
                if tag.attributeCount > limits.maxAttributesPerElement {
                    throw XMLError(
                        .tooManyAttributes(limit: limits.maxAttributesPerElement, element: tag.name(in: bytes)),
                        at: location(of: start, in: bytes))
                }
                if inScope + tag.namespaceDeclarations > limits.maxNamespacesInScope {
                    throw XMLError(
                        .tooManyNamespaces(limit: limits.maxNamespacesInScope, element: tag.name(in: bytes)),
                        at: location(of: start, in: bytes))
                }
                if !tag.selfClosing {
                    depth += 1
                    if depth > limits.maxDepth {
                        throw XMLError(.tooDeep(limit: limits.maxDepth), at: location(of: start, in: bytes))
                    }
                    declarations.append(tag.namespaceDeclarations)
                    inScope += tag.namespaceDeclarations
                }
                index = tag.end
            }
        }
    }

    private struct StartTag {
        /// Where the name lies: it becomes a String only for an error message (the scan meets every tag).
        var nameRange: Range<Int>
        var attributeCount = 0
        var namespaceDeclarations = 0
        var selfClosing = true
        var end: Int

        func name(in bytes: UnsafeBufferPointer<UInt8>) -> String {
            String(decoding: UnsafeBufferPointer(rebasing: bytes[nameRange]), as: UTF8.self)
        }
    }

    /// Reads `name attr="v" …>` and counts `=` outside quotes: each is one attribute. An attribute
    /// whose name, after white space, is `xmlns` or starts with `xmlns:` declares a namespace.
    private func scanStartTag(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> StartTag {
        var index = start
        while index < bytes.count, !Ascii.isNameTerminator(bytes[index]) { index += 1 }
        var tag = StartTag(nameRange: start..<min(index, start + 64), end: bytes.count)
        var quote: UInt8 = 0
        while index < bytes.count {
            let byte = bytes[index]
            if quote != 0 {
                if byte == quote { quote = 0 }
            } else if byte == Ascii.quote || byte == Ascii.apostrophe {
                quote = byte
            } else if byte == Ascii.equals {
                tag.attributeCount += 1
            } else if byte == Ascii.greaterThan {
                tag.selfClosing = index > start && bytes[index - 1] == Ascii.slash
                tag.end = index + 1
                return tag
            } else if Ascii.isBlank(byte), starts(with: Self.xmlnsKeyword, in: bytes, at: index + 1),
                index + 6 < bytes.count,
                bytes[index + 6] == Ascii.colon || bytes[index + 6] == Ascii.equals
                    || Ascii.isBlank(bytes[index + 6])
            {
                tag.namespaceDeclarations += 1
            }
            index += 1
        }
        return tag
    }

    private static let xmlnsKeyword = Array("xmlns".utf8)

    // MARK: Encoding

    /// The scan below is exact only when every byte under 0x80 stands for its ASCII character. In
    /// UTF-16, UCS-4 or EBCDIC it does not: `<!DOCTYPE` and `=` become other bytes, so a DOCTYPE or
    /// 100,000 attributes would pass unseen (libxml2 then spends ~18 s on the attributes, and spins for
    /// minutes on a parameter-entity bomb in the DTD). So refuse, before anything else, whatever
    /// libxml2 would decode that way: the signatures it detects on its own (`xmlDetectCharEncoding`),
    /// and a declared encoding `isASCIICompatible` rejects (libxml2 switches to it mid-stream).
    func checkEncoding(_ bytes: UnsafeBufferPointer<UInt8>) throws(XMLError) {
        if let name = Self.nonASCIISignature(bytes) {
            throw XMLError(.unsupportedEncoding(name: name), at: XMLSourceLocation(sourceName: sourceName, line: 1, column: 1))
        }
        let hasUTF8BOM = starts(with: [0xEF, 0xBB, 0xBF], in: bytes, at: 0)
        for (name, nameStart) in declaredEncodings(in: bytes) {
            if !Self.isASCIICompatible(name) {
                throw XMLError(.unsupportedEncoding(name: name), at: location(of: nameStart, in: bytes))
            }
            if hasUTF8BOM && !Self.isUTF8(name) {
                // XML 1.0 §4.3.3: the byte order mark and the declaration must agree.
                throw XMLError(
                    .notWellFormed, at: location(of: nameStart, in: bytes),
                    detail: "UTF-8 byte order mark, but the XML declaration says \(name)")
            }
        }
    }

    /// Every encoding name the XML declaration gives, with its offset. libxml2 reads the declaration
    /// up to `?>`, and on a malformed one skips to the next `>`: every `encoding` before that `>` may
    /// be obeyed, so each is returned.
    private func declaredEncodings(in bytes: UnsafeBufferPointer<UInt8>) -> [(name: String, offset: Int)] {
        let declarationStart = starts(with: [0xEF, 0xBB, 0xBF], in: bytes, at: 0) ? 3 : 0
        guard starts(with: "<?xml", in: bytes, at: declarationStart),
            declarationStart + 5 < bytes.count, Ascii.isBlank(bytes[declarationStart + 5])
        else { return [] }
        var names: [(String, Int)] = []
        var index = declarationStart + 6
        while index < bytes.count, bytes[index] != Ascii.greaterThan {
            guard bytes[index] == Self.encodingKeyword[0], starts(with: Self.encodingKeyword, in: bytes, at: index),
                let (name, nameStart, end) = declaredName(in: bytes, after: index + 8)
            else { index += 1; continue }
            names.append((name, nameStart))
            index = end
        }
        return names
    }

    private static let encodingKeyword = Array("encoding".utf8)

    /// `S? = S? "name"` (or single quotes), as libxml2's `xmlParseEncodingDecl` reads it; nil when the
    /// shape is wrong, in which case libxml2 does not switch encoding either.
    private func declaredName(in bytes: UnsafeBufferPointer<UInt8>, after start: Int) -> (String, Int, Int)? {
        var index = start
        while index < bytes.count, Ascii.isBlank(bytes[index]) { index += 1 }
        guard index < bytes.count, bytes[index] == Ascii.equals else { return nil }
        index += 1
        while index < bytes.count, Ascii.isBlank(bytes[index]) { index += 1 }
        guard index < bytes.count, bytes[index] == Ascii.quote || bytes[index] == Ascii.apostrophe else { return nil }
        let quote = bytes[index]
        let nameStart = index + 1
        // Bounded: no real encoding name is longer, and a hostile one must not cost more.
        var end = nameStart
        while end < bytes.count, end - nameStart < 64, bytes[end] != quote, bytes[end] != Ascii.greaterThan { end += 1 }
        let name = String(decoding: UnsafeBufferPointer(rebasing: bytes[nameStart..<end]), as: UTF8.self)
        return (name, nameStart, end)
    }

    /// The encodings libxml2 detects from the first four bytes that are not ASCII-compatible.
    static func nonASCIISignature(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        let head = Array(bytes.prefix(4))
        let signatures: [(bytes: [UInt8], name: String)] = [
            ([0x00, 0x00, 0x00, 0x3C], "UCS-4BE"), ([0x3C, 0x00, 0x00, 0x00], "UCS-4LE"),
            ([0x00, 0x00, 0x3C, 0x00], "UCS-4 (2143)"), ([0x00, 0x3C, 0x00, 0x00], "UCS-4 (3412)"),
            ([0x4C, 0x6F, 0xA7, 0x94], "EBCDIC"),
            ([0x00, 0x3C, 0x00, 0x3F], "UTF-16BE"), ([0x3C, 0x00, 0x3F, 0x00], "UTF-16LE"),
            ([0xFE, 0xFF], "UTF-16BE"), ([0xFF, 0xFE], "UTF-16LE")
        ]
        return signatures.first { head.starts(with: $0.bytes) }?.name
    }

    /// Encodings in which every byte under 0x80 is its ASCII character, and that libxml2 reads.
    static func isASCIICompatible(_ name: String) -> Bool {
        let name = String(name.uppercased().map { $0 == "_" ? "-" : $0 })
        if isUTF8(name) || ["US-ASCII", "ASCII", "LATIN1", "ISO-LATIN-1"].contains(name) { return true }
        for prefix in ["ISO-8859-", "ISO8859-"] where name.hasPrefix(prefix) {
            return Int(name.dropFirst(prefix.count)).map { (1...16).contains($0) } ?? false
        }
        for prefix in ["WINDOWS-", "CP"] where name.hasPrefix(prefix) {
            return Int(name.dropFirst(prefix.count)).map { (1250...1258).contains($0) } ?? false
        }
        return false
    }

    static func isUTF8(_ name: String) -> Bool {
        ["UTF-8", "UTF8"].contains(name.uppercased())
    }

    // MARK: Helpers

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

    /// Line and column of a byte offset, computed only when an error is reported. Columns count
    /// characters, as libxml2's do, so both layers point at the same place: in UTF-8 (the default)
    /// continuation bytes are skipped; in a declared single-byte encoding each byte is one.
    private func location(of offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> XMLSourceLocation {
        var line = 1
        var lineStart = 0
        for index in 0..<offset where bytes[index] == Ascii.newline {
            line += 1
            lineStart = index + 1
        }
        // libxml2 does not count a byte order mark.
        if lineStart == 0, starts(with: [0xEF, 0xBB, 0xBF], in: bytes, at: 0) { lineStart = min(3, offset) }
        let singleByte = declaredEncodings(in: bytes).first.map { !Self.isUTF8($0.name) } ?? false
        let column =
            singleByte
            ? offset - lineStart
            : (lineStart..<offset).count { bytes[$0] & 0xC0 != 0x80 }
        return XMLSourceLocation(sourceName: sourceName, line: line, column: column + 1)
    }
}

private enum Ascii {
    static let lessThan = UInt8(ascii: "<")
    static let greaterThan = UInt8(ascii: ">")
    static let question = UInt8(ascii: "?")
    static let exclamation = UInt8(ascii: "!")
    static let slash = UInt8(ascii: "/")
    static let equals = UInt8(ascii: "=")
    static let colon = UInt8(ascii: ":")
    static let quote = UInt8(ascii: "\"")
    static let apostrophe = UInt8(ascii: "'")
    static let newline = UInt8(ascii: "\n")

    static func isBlank(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }

    static func isNameTerminator(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == greaterThan || byte == slash
    }
}
