import Foundation
import JalonXML
import Testing

/// An embedded document taken out of its envelope (moved when it can, copied when it must) is the
/// document a deep copy gives: same canonical form, same lines, same schema verdicts; and the
/// fingerprint streamed into the hash is the hash of the canonical bytes.
@Suite("Taking an embedded document out of its envelope")
struct XMLTakenOutTests {
    /// Envelopes around one embedded element, each a way its names could resolve: its own default
    /// namespace (moved), a prefix declared above it or no namespace of its own (copied), `xml:`
    /// attributes, comments, text with entities, CDATA, a default namespace reset below.
    static let envelopes: [String] = [
        #"<e xmlns="urn:env"><h a="1"/><p xmlns="urn:p" v="2"><q xml:lang="fr">t &amp; u</q><!-- c --><r><![CDATA[<x>]]></r></p></e>"#,
        #"<e xmlns="urn:env" xmlns:z="urn:z"><p xmlns="urn:p"><z:q z:k="1">t</z:q></p></e>"#,
        #"<e xmlns="urn:env" xmlns:z="urn:z"><p xmlns="urn:p"><q>unused prefix above</q></p></e>"#,
        #"<e xmlns="urn:env"><p><q>inherits the envelope's namespace</q></p></e>"#,
        #"<e xmlns="urn:env"><p xmlns="urn:p" xmlns:y="urn:y"><y:q><r xmlns="">no namespace</r></y:q></p></e>"#,
        "<e xmlns=\"urn:env\">\n  <h/>\n  <p xmlns=\"urn:p\" b=\"2\" a=\"1\">\n    <q>x</q>\n  </p>\n</e>\n"
    ]

    @Test(arguments: envelopes)
    func takenOutMatchesADeepCopy(_ xml: String) throws {
        let copied = try #require(try XMLDocument(bytes: Array(xml.utf8), sourceName: "e.xml").root?.children.last?.detachedDocument())
        let source = try XMLDocument(bytes: Array(xml.utf8), sourceName: "e.xml")
        let root = try #require(source.root)
        let taken = try #require(root.children.last?.takenOut())
        #expect(try taken.canonicalBytes() == copied.canonicalBytes())
        #expect(try taken.fingerprint() == copied.fingerprint())
        #expect(taken.root?.line == copied.root?.line)
        #expect(taken.root?.namespaceURI == copied.root?.namespaceURI)
        #expect(taken.sourceName == "e.xml")
        // The envelope no longer holds it, and still reads what came before it.
        #expect(!root.children.contains { $0.name == "p" })
        #expect(root.children.map(\.name) == (xml.contains("<h") ? ["h"] : []))
    }

    /// The taken-out document outlives its envelope's `XMLDocument` value (it keeps what it points into).
    @Test func takenOutOutlivesItsSource() throws {
        let taken: XMLDocument = try {
            let source = try XMLDocument(bytes: Array(Self.envelopes[0].utf8), sourceName: "e.xml")
            return try #require(source.root?.children.last?.takenOut())
        }()
        #expect(taken.root?.firstChild(named: "q", namespace: "urn:p")?.text == "t & u")
        #expect(try taken.fingerprint() == XMLFingerprint.sha256Hex(taken.canonicalBytes()))
    }

    @Test(arguments: envelopes)
    func streamedFingerprintIsTheHashOfTheCanonicalBytes(_ xml: String) throws {
        let document = try XMLDocument(bytes: Array(xml.utf8), sourceName: "e.xml")
        #expect(try document.fingerprint() == XMLFingerprint.sha256Hex(document.canonicalBytes()))
    }

    /// What C14N refuses, the streamed fingerprint refuses too, with libxml2's reason.
    @Test func streamedFingerprintRefusesARelativeNamespace() throws {
        let document = try XMLDocument(bytes: Array(#"<a xmlns="projet"><b/></a>"#.utf8), sourceName: "r.xml")
        #expect(throws: XMLError.self) { try document.fingerprint() }
        #expect(throws: XMLError.self) { try document.canonicalBytes() }
    }
}
