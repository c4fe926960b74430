/// Writes XML text deterministically: UTF-8, an XML declaration, two-space indentation, attributes in
/// the order given, `<a/>` for empty elements. The same calls always give the same bytes, which the
/// revision store's fingerprints rely on.
///
/// Characters XML 1.0 cannot carry (C0 controls other than tab, newline, carriage return) are written
/// as U+FFFD: a person's pasted text must never make a document unreadable.
public struct XMLWriter {
    private var output: [UInt8] = []
    private var open: [OpenElement] = []

    private struct OpenElement {
        var name: String
        var hasElementChildren = false
        var hasRawContent = false
    }

    public init() {
        output.reserveCapacity(16 * 1024)
        output.append(contentsOf: #"<?xml version="1.0" encoding="UTF-8"?>"#.utf8)
    }

    /// Opens an element; `end()` closes it.
    public mutating func start(_ name: String, attributes: [(String, String)] = []) {
        beginChildLine()
        writeStartTag(name, attributes: attributes)
        output.append(UInt8(ascii: ">"))
        open.append(OpenElement(name: name))
    }

    /// An element with only text (or nothing): `<name a="v">text</name>`, or `<name a="v"/>` when empty.
    public mutating func leaf(_ name: String, text: String = "", attributes: [(String, String)] = []) {
        beginChildLine()
        writeStartTag(name, attributes: attributes)
        if text.isEmpty {
            output.append(contentsOf: "/>".utf8)
        } else {
            output.append(UInt8(ascii: ">"))
            appendEscaped(text, inAttribute: false)
            output.append(contentsOf: "</".utf8)
            output.append(contentsOf: name.utf8)
            output.append(UInt8(ascii: ">"))
        }
    }

    /// Like `leaf`, omitted when `text` is nil.
    public mutating func optionalLeaf(_ name: String, text: String?, attributes: [(String, String)] = []) {
        if let text { leaf(name, text: text, attributes: attributes) }
    }

    /// Appends an already serialised fragment verbatim inside the current element (content Jalon keeps
    /// without interpreting, such as a portal's extensions). The caller vouches that it is well formed.
    public mutating func raw(_ fragment: String) {
        guard !open.isEmpty else { return }
        open[open.count - 1].hasRawContent = true
        output.append(contentsOf: fragment.utf8)
    }

    /// Embeds a whole document Jalon wrote (its XML declaration dropped, which cannot appear inside
    /// another) as the last content of the current element, on its own lines: how an envelope carries
    /// a project document whose bytes, and so whose canonical form, must stay exactly as written.
    public mutating func embed(document bytes: [UInt8]) {
        var body = bytes[...]
        if body.starts(with: "<?xml".utf8),
            let close = body.indices.dropLast().first(where: { body[$0] == UInt8(ascii: "?") && body[$0 + 1] == UInt8(ascii: ">") })
        {
            body = body[(close + 2)...]
        }
        raw("\n" + String(decoding: body, as: UTF8.self).trimmingXMLWhitespace() + "\n")
    }

    /// Closes the innermost open element.
    public mutating func end() {
        guard let element = open.popLast() else { return }
        if element.hasRawContent {
            // Raw content keeps its own layout: no indentation added before the end tag.
        } else if element.hasElementChildren {
            newline(indent: open.count)
        } else {
            // `<a></a>` → `<a/>`: drop the `>` just written and self-close.
            output.removeLast()
            output.append(contentsOf: "/>".utf8)
            return
        }
        output.append(contentsOf: "</".utf8)
        output.append(contentsOf: element.name.utf8)
        output.append(UInt8(ascii: ">"))
    }

    /// The document, closing whatever is still open, with a final newline.
    public mutating func finish() -> [UInt8] {
        while !open.isEmpty { end() }
        output.append(UInt8(ascii: "\n"))
        return output
    }

    private mutating func beginChildLine() {
        if !open.isEmpty { open[open.count - 1].hasElementChildren = true }
        if open.last?.hasRawContent != true { newline(indent: open.count) }
    }

    private mutating func newline(indent: Int) {
        output.append(UInt8(ascii: "\n"))
        output.append(contentsOf: repeatElement(UInt8(ascii: " "), count: indent * 2))
    }

    private mutating func writeStartTag(_ name: String, attributes: [(String, String)]) {
        output.append(UInt8(ascii: "<"))
        output.append(contentsOf: name.utf8)
        for (attributeName, value) in attributes {
            output.append(UInt8(ascii: " "))
            output.append(contentsOf: attributeName.utf8)
            output.append(contentsOf: "=\"".utf8)
            appendEscaped(value, inAttribute: true)
            output.append(UInt8(ascii: "\""))
        }
    }

    private mutating func appendEscaped(_ text: String, inAttribute: Bool) {
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": output.append(contentsOf: "&amp;".utf8)
            case "<": output.append(contentsOf: "&lt;".utf8)
            case ">": output.append(contentsOf: "&gt;".utf8)
            case "\"" where inAttribute: output.append(contentsOf: "&quot;".utf8)
            case "\r": output.append(contentsOf: "&#13;".utf8)
            case "\n" where inAttribute: output.append(contentsOf: "&#10;".utf8)
            case "\t" where inAttribute: output.append(contentsOf: "&#9;".utf8)
            case "\t", "\n": output.append(UInt8(scalar.value))
            case _ where scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF:
                output.append(contentsOf: "\u{FFFD}".utf8)
            default:
                output.append(contentsOf: String(scalar).utf8)
            }
        }
    }
}
