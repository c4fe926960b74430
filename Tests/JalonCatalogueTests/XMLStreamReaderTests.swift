import Foundation
import JalonXML
import Testing

@Suite("XMLStreamReader : lecture en flux durcie")
struct XMLStreamReaderTests {
    private func reader(_ text: String, limits: XMLParseLimits = .default) throws -> XMLStreamReader {
        let path = NSTemporaryDirectory() + "stream-\(UUID().uuidString).xml"
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        return try XMLStreamReader(path: path, sourceName: "flux.xml", limits: limits)
    }

    /// Start and end elements with their depth, and text, in document order.
    private func events(_ stream: XMLStreamReader) throws -> [String] {
        var events: [String] = []
        while try stream.next() {
            switch stream.node {
            case .startElement: events.append("<\(stream.localName)@\(stream.depth)\(stream.isEmptyElement ? "/" : "")>")
            case .endElement: events.append("</\(stream.localName)>")
            case .text: events.append(stream.text)
            case .other: break
            }
        }
        return events
    }

    @Test func readsElementsTextAttributesAndEmptyElements() throws {
        let stream = try reader("<a xmlns=\"urn:x\"><b n=\"1\">un &amp; <![CDATA[deux]]></b><c/></a>")
        let seen = try events(stream)
        // NOCDATA: CDATA arrives as text, merged with the text around it.
        #expect(seen == ["<a@0>", "<b@1>", "un & deux", "</b>", "<c@1/>", "</a>"], "\(seen)")
        let again = try reader("<a><b n=\"7\">x<i>y</i>z</b><c/></a>")
        _ = try again.next()
        _ = try again.next()
        #expect(again.attribute("n") == "7")
        #expect(again.attribute("absent") == nil)
        #expect(try again.readElementText() == "xyz")
        _ = try again.next()
        #expect(again.localName == "c" && again.isEmptyElement)
    }

    @Test func skipsAnElementWithEverythingInside() throws {
        let stream = try reader("<a><b><c><d/></c></b><e/></a>")
        _ = try stream.next()
        _ = try stream.next()
        try stream.skipElement()
        _ = try stream.next()
        #expect(stream.localName == "e")
    }

    @Test func refusesDoctypeAndEntities() throws {
        let stream = try reader("<?xml version=\"1.0\"?>\n<!DOCTYPE a [<!ENTITY e SYSTEM \"file:///etc/hostname\">]>\n<a>&e;</a>")
        let error = #expect(throws: XMLError.self) { _ = try events(stream) }
        #expect(error?.kind == .doctypeForbidden)
        #expect(error?.location.sourceName == "flux.xml")
    }

    @Test func boundsDepthAndAttributes() throws {
        let deep = try reader(
            String(repeating: "<a>", count: 20) + String(repeating: "</a>", count: 20),
            limits: XMLParseLimits(maxDepth: 10))
        // Refused by the stream's prescan, which names the column of the eleventh <a> too.
        #expect(throws: XMLError(.tooDeep(limit: 10), at: XMLSourceLocation(sourceName: "flux.xml", line: 1, column: 31))) { _ = try events(deep) }
        let wide = try reader(
            "<a " + (1...5).map { "x\($0)=\"\($0)\"" }.joined(separator: " ") + "/>",
            limits: XMLParseLimits(maxAttributesPerElement: 3))
        let error = #expect(throws: XMLError.self) { _ = try events(wide) }
        #expect(error?.kind == .tooManyAttributes(limit: 3, element: "a"))
    }

    @Test func reportsMalformedXMLWithItsLine() throws {
        let stream = try reader("<a>\n<b>\n</c>\n</a>")
        let error = #expect(throws: XMLError.self) { _ = try events(stream) }
        #expect(error?.kind == .notWellFormed)
        #expect(error?.location.line == 3)
    }
}
