/// Writes HTML that is also well-formed XML, escaping by construction: element names, attribute names
/// and the style sheet are `StaticString`s (written by us, never by a user), and every `String` that
/// reaches the output — names, notes, labels from the document — goes through `escape`. Only the five
/// XML escapes are used (no `&nbsp;`), so an XML parser reads the page as it is.
struct HTMLWriter {
    private(set) var output = ""

    /// HTML's void elements: written `<br/>`, which both HTML and XML read. Every other element gets an
    /// explicit end tag, since `<div/>` means an unclosed `<div>` to an HTML parser.
    private static let voidElements: Set<String> = ["meta", "br", "hr", "img", "col", "wbr"]

    typealias Attributes = KeyValuePairs<StaticString, String>

    mutating func element(_ name: StaticString, _ attributes: Attributes = [:], _ body: (inout HTMLWriter) -> Void) {
        open(name, attributes)
        body(&self)
        output += "</\(name)>"
    }

    /// An element holding only text.
    mutating func element(_ name: StaticString, _ attributes: Attributes = [:], text: String) {
        element(name, attributes) { $0.text(text) }
    }

    /// A void element (`meta`, `br`): no content, no end tag.
    mutating func void(_ name: StaticString, _ attributes: Attributes = [:]) {
        precondition(Self.voidElements.contains("\(name)"), "\(name) is not a void element")
        output += "<\(name)"
        write(attributes)
        output += "/>"
    }

    mutating func text(_ text: String) {
        output += Self.escape(text, quotes: false)
    }

    /// The page's own style sheet. A `<style>` body is raw text to an HTML parser (escapes would show),
    /// so it must not need any: no `<` and no `&`, which would also break the XML reading.
    mutating func style(_ css: StaticString) {
        let text = "\(css)"
        precondition(!text.contains("<") && !text.contains("&"), "the style sheet must need no escaping")
        output += "<style>" + text + "</style>"
    }

    private mutating func open(_ name: StaticString, _ attributes: Attributes) {
        output += "<\(name)"
        write(attributes)
        output += ">"
    }

    private mutating func write(_ attributes: Attributes) {
        for (name, value) in attributes {
            output += " \(name)=\"" + Self.escape(value, quotes: true) + "\""
        }
    }

    /// Escapes markup characters and drops the control characters XML 1.0 forbids (a project document
    /// cannot hold them, but this writer does not rely on it).
    static func escape(_ text: String, quotes: Bool) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"" where quotes: result += "&quot;"
            case "\t", "\n", "\r": result.unicodeScalars.append(scalar)
            default:
                if scalar.value < 0x20 || (0xFFFE...0xFFFF).contains(scalar.value) { continue }
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
