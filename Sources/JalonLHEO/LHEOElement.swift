import Foundation
import JalonXML

/// One element of an offer, built while streaming: LHÉO offers are small (a few kilobytes), so each
/// `formation` is gathered as a little tree, read, and dropped before the next one.
struct LHEOElement {
    let name: String
    let numero: String?
    var text = ""
    var children: [LHEOElement] = []

    /// First child with this name.
    func child(_ name: String) -> LHEOElement? { children.first { $0.name == name } }

    /// Children with this name.
    func all(_ name: String) -> [LHEOElement] { children.filter { $0.name == name } }

    /// Follows a path of child names.
    func find(_ path: String...) -> LHEOElement? {
        var current: LHEOElement? = self
        for name in path { current = current?.child(name) }
        return current
    }

    /// Trimmed text of a child path; nil when absent or empty.
    func value(_ path: String...) -> String? {
        var current: LHEOElement? = self
        for name in path { current = current?.child(name) }
        let text = current?.text.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        return text.isEmpty ? nil : text
    }

    /// Reads the element the stream stands on (a start element) and everything inside it.
    /// `budget` bounds the number of elements, so a runaway offer cannot exhaust memory.
    static func read(from stream: XMLStreamReader, budget: inout Int) throws(LHEOReadFailure) -> LHEOElement {
        var stack = [LHEOElement(name: stream.localName, numero: stream.attribute("numero"))]
        if stream.isEmptyElement { return stack[0] }
        let startDepth = stream.depth
        func advance() throws(LHEOReadFailure) -> Bool {
            do { return try stream.next() } catch { throw .xml(error) }
        }
        while try advance() {
            switch stream.node {
            case .startElement:
                budget -= 1
                if budget < 0 { throw LHEOReadFailure.offerTooLarge }
                let element = LHEOElement(name: stream.localName, numero: stream.attribute("numero"))
                if stream.isEmptyElement { stack[stack.count - 1].children.append(element) } else { stack.append(element) }
            case .text:
                stack[stack.count - 1].text += stream.text
            case .endElement:
                if stream.depth == startDepth { return stack[0] }
                let finished = stack.removeLast()
                stack[stack.count - 1].children.append(finished)
            case .other:
                break
            }
        }
        throw .xml(XMLError(.notWellFormed, at: stream.location, detail: "unexpected end of document"))
    }
}

enum LHEOReadFailure: Error {
    case offerTooLarge
    case xml(XMLError)
}
