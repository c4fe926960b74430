import JalonXML
import Testing

@Suite("Parsing and writing, the basic path")
struct XMLDocumentSmokeTests {
    @Test func parsesElementsAttributesAndText() throws {
        let xml = #"<a xmlns="urn:t" k="v"><b>un</b><b>deux</b><c/></a>"#
        let document = try XMLDocument(bytes: Array(xml.utf8), sourceName: "t.xml")
        let root = try #require(document.root)
        #expect(root.name == "a")
        #expect(root.namespaceURI == "urn:t")
        #expect(root.attribute("k") == "v")
        #expect(root.attribute("absent") == nil)
        #expect(root.children(named: "b").map(\.text) == ["un", "deux"])
        #expect(root.firstChild(named: "c") != nil)
    }

    /// What a format migration relies on: edit a copy, leave the original alone, keep all else.
    @Test func aCopyIsEditedWithoutTouchingTheOriginal() throws {
        let xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!-- avant -->\n<a xmlns=\"urn:t\" v=\"1\">\n  <b k='x'>t &amp; u</b><!-- dedans -->\n</a>\n"
        let original = try XMLDocument(bytes: Array(xml.utf8), sourceName: "o.xml")
        let copy = try #require(original.copy())
        try #require(copy.root).setAttribute("v", to: "2 & \"3\"")
        try #require(copy.root).setAttribute("w", to: "new")
        #expect(original.root?.attribute("v") == "1")
        #expect(copy.root?.attribute("v") == "2 & \"3\"" && copy.root?.attribute("w") == "new")
        #expect(copy.sourceName == "o.xml")
        let written = String(decoding: copy.serialized(), as: UTF8.self)
        #expect(
            written
                == "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!-- avant -->\n<a xmlns=\"urn:t\" v=\"2 &amp; &quot;3&quot;\" w=\"new\">\n  <b k=\"x\">t &amp; u</b><!-- dedans -->\n</a>\n"
        )
    }

    @Test func writerOutputParsesBackToTheSameValues() throws {
        var writer = XMLWriter()
        writer.start("a", attributes: [("xmlns", "urn:t"), ("q", "x\"<&\n")])
        writer.leaf("b", text: "Léa & <co> \u{07}")
        writer.leaf("c")
        writer.start("d")
        writer.end()
        writer.end()
        let bytes = writer.finish()
        #expect(
            String(decoding: bytes, as: UTF8.self) == """
                <?xml version="1.0" encoding="UTF-8"?>
                <a xmlns="urn:t" q="x&quot;&lt;&amp;&#10;">
                  <b>Léa &amp; &lt;co&gt; \u{FFFD}</b>
                  <c/>
                  <d/>
                </a>

                """)
        let document = try XMLDocument(bytes: bytes, sourceName: "w.xml")
        #expect(document.root?.attribute("q") == "x\"<&\n")
        #expect(document.root?.firstChild(named: "b")?.text == "Léa & <co> \u{FFFD}")
    }

    @Test func canonicalFormIgnoresAttributeOrderAndQuoting() throws {
        let first = try XMLDocument(bytes: Array(#"<a y="2" x='1'><b></b></a>"#.utf8), sourceName: "1")
        let second = try XMLDocument(bytes: Array(#"<?xml version="1.0"?><a x="1" y="2"><b/></a>"#.utf8), sourceName: "2")
        #expect(try first.canonicalBytes() == second.canonicalBytes())
        #expect(try first.fingerprint() == second.fingerprint())
        #expect(try first.fingerprint().count == 64)
        let third = try XMLDocument(bytes: Array(#"<a x="1" y="3"><b/></a>"#.utf8), sourceName: "3")
        #expect(try first.fingerprint() != third.fingerprint())
    }

    @Test func reportsLineAndColumnOfMalformedInput() {
        let xml = "<a>\n  <b>\n</a>"
        #expect {
            try XMLDocument(bytes: Array(xml.utf8), sourceName: "bad.xml")
        } throws: { error in
            guard let error = error as? XMLError, case .notWellFormed = error.kind else { return false }
            return error.location.line == 3 && error.location.sourceName == "bad.xml" && !error.detail.isEmpty
        }
    }

    @Test func schemaValidationReportsEveryViolationWithItsLine() throws {
        let xsd = """
            <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" targetNamespace="urn:t" xmlns="urn:t" elementFormDefault="qualified">
              <xs:element name="a"><xs:complexType><xs:sequence>
                <xs:element name="n" type="xs:int" maxOccurs="unbounded"/>
              </xs:sequence></xs:complexType></xs:element>
            </xs:schema>
            """
        let schema = try XMLSchema(bytes: Array(xsd.utf8), sourceName: "t.xsd")
        let good = try XMLDocument(bytes: Array(#"<a xmlns="urn:t"><n>1</n></a>"#.utf8), sourceName: "good")
        #expect(schema.validate(good).isEmpty)
        let bad = try XMLDocument(bytes: Array("<a xmlns=\"urn:t\">\n<n>x</n>\n<n>y</n></a>".utf8), sourceName: "bad")
        let diagnostics = schema.validate(bad)
        #expect(diagnostics.map(\.line) == [2, 3])
        #expect(diagnostics.allSatisfy { $0.sourceName == "bad" && $0.message.contains("int") })
    }

    @Test func xpathSelectsWithNamespaces() throws {
        let document = try XMLDocument(bytes: Array(#"<a xmlns="urn:t"><b n="1"/><b n="2"/></a>"#.utf8), sourceName: "x")
        #expect(try document.select("//t:b[@n='2']", namespaces: ["t": "urn:t"]).count == 1)
        #expect(try document.string("count(//t:b)", namespaces: ["t": "urn:t"]) == "2")
        #expect(throws: XMLError.self) { try document.select("//[") }
    }

    @Test func innerXMLKeepsInheritedNamespaces() throws {
        let xml = #"<a xmlns="urn:t" xmlns:p="urn:p"><ext><p:x k="1">v</p:x></ext></a>"#
        let document = try XMLDocument(bytes: Array(xml.utf8), sourceName: "x")
        let inner = try #require(document.root?.firstChild(named: "ext")).innerXML()
        #expect(inner == #"<p:x xmlns:p="urn:p" k="1">v</p:x>"#)
    }
}
