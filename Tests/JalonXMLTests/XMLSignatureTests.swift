import Foundation
import JalonTestSupport
import Testing

@testable import JalonXML

/// XML Signatures made by Jalon through xmlsec1, checked by Jalon and by the `xmlsec1` command (Debian
/// package `xmlsec1`), an independent verifier: both must accept Jalon's and refuse every tampered one.
@Suite("XML Signature")
struct XMLSignatureTests {
    static let key = XMLSigningKey.generate()
    static let document = Array(
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <doc xmlns="urn:test"><a n="1">café</a><b>deux</b></doc>
        """.utf8)

    static func signed() throws -> [UInt8] {
        try XMLSignature.sign(document, privateKeyPEM: key.privateKeyPEM, keyName: key.keyID)
    }

    static func verify(_ bytes: [UInt8], key: XMLSigningKey = XMLSignatureTests.key) throws -> XMLSignature.Verified {
        try XMLSignature.verify(try XMLDocument(bytes: bytes, sourceName: "t.xml"), publicKeyPEM: key.publicKeyPEM)
    }

    static func refusal(_ bytes: [UInt8], key: XMLSigningKey = XMLSignatureTests.key) -> XMLSignatureError.Reason? {
        do {
            _ = try verify(bytes, key: key)
            return nil
        } catch let error as XMLSignatureError {
            return error.reason
        } catch {
            Issue.record("not a signature error: \(error)")
            return nil
        }
    }

    static let xmlsec1Available = FileManager.default.isExecutableFile(atPath: "/usr/bin/xmlsec1")

    /// `xmlsec1 --verify` with the public key under its name and only whole-document references: exit 0 or not.
    static func xmlsec1Accepts(_ bytes: [UInt8], key: XMLSigningKey = XMLSignatureTests.key) throws -> Bool {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("xmlsec-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("d.xml"), pem = folder.appendingPathComponent("k.pem")
        try Data(bytes).write(to: file)
        try Data(key.publicKeyPEM.utf8).write(to: pem)
        let run = try ToolRun.run(
            "/usr/bin/xmlsec1",
            [
                "--verify", "--enabled-reference-uris", "empty",
                "--pubkey-pem:\(key.keyID)", pem.path, file.path
            ])
        return run.status == 0
    }

    @Test func signedDocumentVerifies() throws {
        let bytes = try Self.signed()
        let verified = try Self.verify(bytes)
        #expect(verified == XMLSignature.Verified(keyName: Self.key.keyID, algorithm: .ecdsaSHA256))
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(text.contains("<doc xmlns=\"urn:test\"><Signature xmlns=\"http://www.w3.org/2000/09/xmldsig#\">"))
        #expect(text.contains("<a n=\"1\">café</a><b>deux</b></doc>"), "the signed content is kept as it was")
    }

    @Test(.enabled(if: xmlsec1Available, "the xmlsec1 command (Debian package xmlsec1) is not installed"))
    func xmlsec1AgreesOnEveryCharacter() throws {
        let bytes = try Self.signed()
        #expect(try Self.xmlsec1Accepts(bytes))
        // Every byte of the content, changed: both verifiers refuse.
        let text = String(decoding: bytes, as: UTF8.self)
        for (from, to) in [("café", "cafe"), ("deux", "Deux"), ("n=\"1\"", "n=\"2\""), ("urn:test", "urn:tesT")] {
            let tampered = Array(text.replacingOccurrences(of: from, with: to).utf8)
            #expect(Self.refusal(tampered) == .mismatch, "\(from) → \(to)")
            #expect(try !Self.xmlsec1Accepts(tampered), "\(from) → \(to)")
        }
    }

    @Test func foreignKeyIsRefused() throws {
        #expect(Self.refusal(try Self.signed(), key: .generate()) == .mismatch)
    }

    @Test func unsignedDocumentIsSaidSo() {
        #expect(Self.refusal(Self.document) == .unsigned)
    }

    /// A second `<Signature>` anywhere (the classic signature-wrapping move) is refused before any
    /// cryptography, with where it is.
    @Test(arguments: ["<b>deux</b>", "</doc>"])
    func secondSignatureIsRefused(_ before: String) throws {
        let text = String(decoding: try Self.signed(), as: UTF8.self)
        let start = try #require(text.range(of: "<Signature")).lowerBound, end = try #require(text.range(of: "</Signature>")).upperBound
        let signature = String(text[start..<end])
        let wrapped = text.replacingOccurrences(of: before, with: signature + before)
        guard case .wrapped = Self.refusal(Array(wrapped.utf8)) else {
            Issue.record("accepted or refused for another reason: \(String(describing: Self.refusal(Array(wrapped.utf8))))")
            return
        }
    }

    @Test(arguments: ["#a", "http://example.org/doc.xml", "file:///etc/passwd"])
    func referenceOutsideTheDocumentIsRefused(_ uri: String) throws {
        let text = String(decoding: try Self.signed(), as: UTF8.self).replacingOccurrences(of: "URI=\"\"", with: "URI=\"\(uri)\"")
        #expect(Self.refusal(Array(text.utf8)) == .referenceOutside(uri))
    }

    @Test(arguments: [
        "http://www.w3.org/TR/1999/REC-xpath-19991116", "http://www.w3.org/TR/1999/REC-xslt-19991116",
        "http://www.w3.org/2000/09/xmldsig#base64"
    ])
    func disallowedTransformIsRefused(_ algorithm: String) throws {
        let text = String(decoding: try Self.signed(), as: UTF8.self)
            .replacingOccurrences(
                of: "<Transform Algorithm=\"http://www.w3.org/2001/10/xml-exc-c14n#\"/>",
                with: "<Transform Algorithm=\"\(algorithm)\"/>")
        #expect(Self.refusal(Array(text.utf8)) == .transform(algorithm))
    }

    @Test func keyCarriedInTheDocumentIsRefused() throws {
        let text = String(decoding: try Self.signed(), as: UTF8.self)
            .replacingOccurrences(of: "</KeyInfo>", with: "<KeyValue><ECKeyValue/></KeyValue></KeyInfo>")
        #expect(Self.refusal(Array(text.utf8)) == .keyInfo("KeyValue"))
    }

    @Test func doctypeNeverReachesTheVerifier() throws {
        let text = String(decoding: try Self.signed(), as: UTF8.self)
            .replacingOccurrences(of: "<doc ", with: "<!DOCTYPE doc [<!ENTITY e \"x\">]><doc ")
        #expect(throws: XMLError.self) { try XMLDocument(bytes: Array(text.utf8), sourceName: "t.xml") }
    }

    @Test func everyRefusalIsASentenceInBothLanguages() {
        let reasons: [XMLSignatureError.Reason] = [
            .unsigned, .misplaced, .wrapped(line: 3), .referenceCount(2),
            .referenceOutside("#a"), .transform("x"), .keyInfo("KeyValue"),
            .malformed("x"), .mismatch, .keyUnreadable, .keyUnsuitable
        ]
        for reason in reasons {
            let error = XMLSignatureError(reason)
            #expect(error.message(in: .fr) != error.message(in: .en))
            #expect(error.message(in: .fr).count > 15)
        }
    }

    @Test func keyIdentifierIsTheKeys() throws {
        let key = XMLSigningKey.generate()
        #expect(XMLSigningKey.keyID(ofPublicKeyPEM: "Key-Id: anything\n" + key.publicKeyPEM) == key.keyID)
        #expect(try XMLSigningKey(privateKeyPEM: key.privateKeyPEM).keyID == key.keyID)
        #expect(key.keyID != XMLSigningKey.generate().keyID)
    }
}
