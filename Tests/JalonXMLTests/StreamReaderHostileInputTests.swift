import Foundation
import Testing

@testable import JalonXML

private typealias Support = XMLTestSupport

/// The hostile inputs of `HostileInputTests`, read by the streaming reader (LHÉO feeds) as well: each
/// must be refused for the same reason as by `XMLDocument`, by the prescan the stream's chunks pass
/// before libxml2 sees them. The parameter-entity bomb would hang the test if it ever reached libxml2.
@Suite("Hostile input on the streaming reader")
struct StreamReaderHostileInputTests {
    /// Writes `bytes` to a temporary file and reads it to the end; the refusal, or nil when it reads.
    static func streamError(
        _ bytes: [UInt8], limits: XMLParseLimits = XMLStreamReader.defaultLimits,
        chunkedBy chunk: Int? = nil
    ) throws -> XMLError? {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("stream-\(UUID().uuidString).xml").path
        #expect(FileManager.default.createFile(atPath: path, contents: Data(bytes)))
        defer { try? FileManager.default.removeItem(atPath: path) }
        do {
            let reader = try XMLStreamReader(path: path, sourceName: "t.xml", limits: limits)
            while try reader.next() {}
            return nil
        } catch {
            return error
        }
    }

    /// Same refusal kind as the whole-document reader gives (which `HostileInputTests` pins down).
    static func expectSameRefusal(
        _ bytes: [UInt8], limits: XMLParseLimits = .default,
        sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        guard case .refused(let expected) = Support.parse(bytes, limits: limits) else {
            Issue.record("the document reader accepted it", sourceLocation: sourceLocation)
            return
        }
        var streamLimits = limits
        streamLimits.maxBytes = limits == .default ? XMLStreamReader.defaultLimits.maxBytes : limits.maxBytes
        let error = try #require(try streamError(bytes, limits: streamLimits), "the stream reader accepted it", sourceLocation: sourceLocation)
        #expect(error.kind == expected.kind, "stream: \(error.kind), document: \(expected.kind)", sourceLocation: sourceLocation)
        #expect(error.location.sourceName == "t.xml", sourceLocation: sourceLocation)
    }

    @Test(arguments: DoctypeCarrier.allCases)
    func doctypeCarriers(_ carrier: DoctypeCarrier) throws {
        try Self.expectSameRefusal(carrier.bytes(doctype: #"<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>"#))
    }

    @Test(arguments: EntityBombTests.Bomb.allCases, EntityBombTests.Hiding.allCases)
    func entityBombs(_ bomb: EntityBombTests.Bomb, hiding: EntityBombTests.Hiding) throws {
        let bytes = hiding.prefix + Array(bomb.document.utf8)
        try Self.expectSameRefusal(bytes)
        let error = try #require(try Self.streamError(bytes))
        #expect(error.kind == .doctypeForbidden)
        #expect((error.location.line, error.location.column) == (hiding.doctypeLine, 1))
    }

    @Test(arguments: EntityBombTests.Bomb.allCases)
    func bombsInUTF16(_ bomb: EntityBombTests.Bomb) throws {
        try Self.expectSameRefusal(Support.utf16LE(bomb.document))
        try Self.expectSameRefusal(Support.utf16BE(bomb.document))
    }

    @Test func thirtyThousandAttributesAreRefusedBeforeLibXML2() throws {
        let bytes = Array(("<r>\n" + ParseLimitTests.element(attributes: 30_000) + "</r>").utf8)
        try Self.expectSameRefusal(bytes)
        let error = try #require(try Self.streamError(bytes))
        #expect(error.kind == .tooManyAttributes(limit: 256, element: "a"))
        #expect(error.location.line == 2)
    }

    @Test(arguments: [257, 100_000])
    func nestingIsBounded(_ depth: Int) throws {
        try Self.expectSameRefusal(Array(ParseLimitTests.nested(depth).utf8))
    }

    @Test func piledUpNamespaceDeclarationsAreRefused() throws {
        let declarations = (0..<200).map { " xmlns:p\($0)=\"urn:p\($0)\"" }.joined()
        try Self.expectSameRefusal(Array("<r\(declarations)><a/></r>".utf8))
    }

    @Test(arguments: [Array("<a>\0</a>".utf8), Array("<a/>\0<b/>".utf8)])
    func nulBytesAreRefused(_ bytes: [UInt8]) throws {
        try Self.expectSameRefusal(bytes)
    }

    /// Bounded by the limit given, counted over the whole stream, without holding it.
    @Test func sizeLimitHoldsOverTheStream() throws {
        let bytes = ParseLimitTests.document(ofSize: 64 << 10)
        #expect(try Self.streamError(bytes, limits: XMLParseLimits(maxBytes: 64 << 10)) == nil)
        let error = try #require(try Self.streamError(bytes, limits: XMLParseLimits(maxBytes: (64 << 10) - 1)))
        // The count is the stream's so far, at the chunk that crossed the limit.
        guard case .tooLarge(let limit, let actual) = error.kind else { Issue.record("\(error.kind)"); return }
        #expect(limit == (64 << 10) - 1 && actual > limit)
    }

    /// Markup split across libxml2's read chunks (4 kB) is still seen whole: a DOCTYPE after 4,095
    /// bytes of comment, attributes straddling the boundary.
    @Test func markupAcrossChunksIsSeen() throws {
        let padding = "<!--" + String(repeating: "x", count: 4_088) + "-->"
        let doctype = Array((padding + "<!DOCTYPE x [<!ENTITY % p \"x\">]><x/>").utf8)
        #expect(try Self.streamError(doctype)?.kind == .doctypeForbidden)
        let attributes = Array((padding + "<r>" + ParseLimitTests.element(attributes: 300) + "</r>").utf8)
        #expect(try Self.streamError(attributes)?.kind == .tooManyAttributes(limit: 256, element: "a"))
    }

    /// What a hostile input must not spoil: ordinary documents, comments with `>` and `=`, CDATA,
    /// processing instructions and quoted `>` in attributes read as before.
    @Test func ordinaryDocumentsStillRead() throws {
        let xml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <!-- a > b = c <!DOCTYPE in a comment -->
            <?pi a="b" > ?>
            <lheo xmlns="http://lheo.gouv.fr/2.3" a="x > y" b='1=2'><![CDATA[<!DOCTYPE not markup>]]><c/></lheo>
            """
        #expect(try Self.streamError(Array(xml.utf8)) == nil)
    }
}
