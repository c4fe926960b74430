import Foundation
import JalonCore
import JalonDossier
import JalonTestSupport
import JalonXML
import Testing

/// Signed XML dossiers: a change anywhere — project, history, sources, export metadata, annotation — is
/// caught by Jalon (which names the part) and by `xmlsec1 --verify`; keys are checked for who, when,
/// and how long; an annotated dossier keeps the issuing service's signature under the counsellor's.
@Suite("Signed XML dossiers")
struct DossierSignatureTests {
    static let now = Timestamp(iso8601: "2026-12-01T10:00:00Z")!
    static let validity = DossierKeyValidity(
        notBefore: Timestamp(iso8601: "2026-01-01T00:00:00Z")!,
        notAfter: Timestamp(iso8601: "2027-12-31T00:00:00Z")!)
    static let key = DossierSigningKey(key: .generate(), validity: validity)
    static var trusted: [DossierTrustedKey] { [DossierTrustedKey(key)] }
    /// The sample with saved suggestions, so its dossier has a source to tamper with.
    static let sample = "karim-montbeliard-reconversion.xml"

    static func signedSample(annotated: Bool = false) throws -> [UInt8] {
        var dossier = try SampleDossiers.dossier(Self.sample)
        if annotated {
            dossier.annotation = DossierAnnotation(originFingerprint: dossier.fingerprint, date: now, counsellor: "Mme Durand", structure: "Mission locale")
        }
        return try DossierSignature.sign(dossier, with: key, now: now)
    }

    static func verdict(_ bytes: [UInt8], keys: [DossierTrustedKey] = trusted, at: Timestamp = now) -> Result<DossierSignature.Verified, DossierSignatureError>
    {
        Result { () throws(DossierSignatureError) in try DossierSignature.verify(bytes, sourceName: "d.xml", trusting: keys, now: at) }
    }

    static func xmlsec1Accepts(_ bytes: [UInt8], key: DossierSigningKey = key) throws -> Bool {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-xmlsec-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("d.xml"), pem = folder.appendingPathComponent("k.pem")
        try Data(bytes).write(to: file)
        // The text `jalon keys show` prints, header lines included: xmlsec1 reads past them.
        try Data(key.publicText.utf8).write(to: pem)
        return try ToolRun.run(
            "/usr/bin/xmlsec1",
            [
                "--verify", "--enabled-reference-uris", "empty",
                "--pubkey-pem:\(key.keyID)", pem.path, file.path
            ]
        ).status == 0
    }

    static let xmlsec1Available = FileManager.default.isExecutableFile(atPath: "/usr/bin/xmlsec1")

    @Test func signedDossierVerifiesAndStillReads() throws {
        let bytes = try Self.signedSample()
        let verified = try Self.verdict(bytes).get()
        #expect(verified.keyID == Self.key.keyID && verified.chainKeyID == nil)
        let file = try DossierXML.read(bytes: bytes, sourceName: "d.xml")
        #expect(file.isIntact)
        #expect(file.signature?.contains(Self.key.keyID) == true)
    }

    /// One change in each part: Jalon names that part, xmlsec1 refuses too.
    @Test(arguments: [
        ("revision=\"3\"", "revision=\"4\"", "les métadonnées d’export"),
        ("Plan : a2", "Plan : a3", "l’historique"),
        ("role=\"counsellor\"", "role=\"person\"", "l’historique"),
        ("<sources>", "<sources><source resultat=\"suggestions\" catalogue=\"x\" calcule=\"2026-01-01T00:00:00Z\" moteur=\"y\"/>", "les sources"),
        ("courante=\"plan\"", "courante=\"synthese\"", "le projet"),
        ("schemaVersion=\"1.", "schemaVersion=\" 1.", "le projet")
    ])
    func everyPartIsCoveredAndNamed(_ change: (String, String, String)) throws {
        let text = String(decoding: try Self.signedSample(), as: UTF8.self)
        #expect(text.contains(change.0), "the sample dossier holds \(change.0)")
        let tampered = Array(text.replacingOccurrences(of: change.0, with: change.1).utf8)
        guard case .failure(let error) = Self.verdict(tampered) else { Issue.record("accepted"); return }
        #expect(error.message(in: .fr).contains(change.2), "\(error.message(in: .fr))")
        if Self.xmlsec1Available { #expect(try !Self.xmlsec1Accepts(tampered)) }
    }

    @Test(.enabled(if: xmlsec1Available, "the xmlsec1 command (Debian package xmlsec1) is not installed"))
    func xmlsec1VerifiesJalonsDossiers() throws {
        #expect(try Self.xmlsec1Accepts(try Self.signedSample()))
        #expect(try Self.xmlsec1Accepts(try Self.signedSample(annotated: true)))
    }

    @Test func annotationIsCoveredAndNamed() throws {
        let text = String(decoding: try Self.signedSample(annotated: true), as: UTF8.self)
        let tampered = Array(text.replacingOccurrences(of: "Mme Durand\" structure", with: "M. Martin\" structure").utf8)
        guard case .failure(let error) = Self.verdict(tampered) else { Issue.record("accepted"); return }
        #expect(error.message(in: .fr).contains("l’annotation"))
    }

    @Test func foreignKeyIsRefused() throws {
        let other = DossierSigningKey(key: .generate(), validity: Self.validity)
        let bytes = try DossierSignature.sign(try SampleDossiers.dossier(Self.sample), with: other, now: Self.now)
        guard case .failure(.unknownKey(let name, let known)) = Self.verdict(bytes) else { Issue.record("not refused as unknown"); return }
        #expect(name == other.keyID && known == [Self.key.keyID])
        // The same key id stated over another key's signature: the cryptography refuses it.
        let forged = Array(String(decoding: bytes, as: UTF8.self).replacingOccurrences(of: other.keyID, with: Self.key.keyID).utf8)
        guard case .failure(.changed) = Self.verdict(forged) else { Issue.record("forged key name accepted"); return }
    }

    @Test func expiredKeyIsRefused() throws {
        let bytes = try Self.signedSample()
        let later = Timestamp(iso8601: "2028-01-01T00:00:00Z")!
        guard case .failure(.expired) = Self.verdict(bytes, at: later) else { Issue.record("expired key accepted"); return }
        // And it signs nothing more.
        #expect(throws: DossierKeyError.self) {
            try DossierSignature.sign(try SampleDossiers.dossier(Self.sample), with: Self.key, now: later)
        }
    }

    @Test func exportOutsideTheKeysValidityIsRefused() throws {
        let text = String(decoding: try Self.signedSample(), as: UTF8.self)
        // A key trusted only from 2027: a dossier exported in 2026 cannot be its.
        var young = DossierTrustedKey(Self.key)
        young.validity.notBefore = Timestamp(iso8601: "2027-01-01T00:00:00Z")!
        guard case .failure(.outsideValidity) = Self.verdict(Array(text.utf8), keys: [young]) else { Issue.record("accepted"); return }
    }

    /// The signature of one dossier put on another: refused, and the parts that differ are named.
    @Test func signatureOverADifferentDocumentIsRefused() throws {
        let signed = String(decoding: try Self.signedSample(), as: UTF8.self)
        let other = try DossierSignature.sign(try SampleDossiers.dossier("lea-gray-lyceenne.xml"), with: Self.key, now: Self.now)
        let otherText = String(decoding: other, as: UTF8.self)
        func signature(_ text: String) -> String {
            String(text[text.range(of: "<Signature")!.lowerBound..<text.range(of: "</Signature>")!.upperBound])
        }
        let swapped = Array(otherText.replacingOccurrences(of: signature(otherText), with: signature(signed)).utf8)
        guard case .failure(.changed(let parts)) = Self.verdict(swapped) else { Issue.record("accepted"); return }
        #expect(!parts.isEmpty)
    }

    /// The counsellor's service signs the annotated dossier; the original signature rides inside the
    /// annotation, covered by the new one.
    @Test func annotatedDossierKeepsTheChain() throws {
        let original = try Self.signedSample()
        var received = try DossierXML.read(bytes: original, sourceName: "d.xml").dossier
        let service = DossierSigningKey(key: .generate(), validity: Self.validity)
        received.annotation = DossierAnnotation(
            originFingerprint: received.fingerprint, date: Self.now, counsellor: "Mme Durand",
            originSignature: try DossierXML.read(bytes: original, sourceName: "d.xml").signature)
        let annotated = try DossierSignature.sign(received, with: service, now: Self.now)
        let verified = try DossierSignature.verify(annotated, sourceName: "a.xml", trusting: [DossierTrustedKey(service)], now: Self.now)
        #expect(verified.keyID == service.keyID && verified.chainKeyID == Self.key.keyID)
        // Reading it back keeps the chain for the next annotation.
        #expect(try DossierXML.read(bytes: annotated, sourceName: "a.xml").annotation?.originSignature?.contains(Self.key.keyID) == true)
        if Self.xmlsec1Available { #expect(try Self.xmlsec1Accepts(annotated, key: service)) }
    }

    /// The annotating service's key may be younger than the export it answers: its signature is checked
    /// against the annotation's date, not the export's.
    @Test func annotationSignedByAKeyYoungerThanTheExportVerifies() throws {
        let original = try Self.signedSample()
        var received = try DossierXML.read(bytes: original, sourceName: "d.xml").dossier
        let later = Timestamp(iso8601: "2027-03-01T10:00:00Z")!
        let service = DossierSigningKey(
            key: .generate(),
            validity: DossierKeyValidity(
                notBefore: Timestamp(iso8601: "2027-02-01T00:00:00Z")!,
                notAfter: Timestamp(iso8601: "2028-02-01T00:00:00Z")!))
        received.annotation = DossierAnnotation(originFingerprint: received.fingerprint, date: later, counsellor: "Mme Durand")
        let annotated = try DossierSignature.sign(received, with: service, now: later)
        #expect(try DossierSignature.verify(annotated, sourceName: "a.xml", trusting: [DossierTrustedKey(service)], now: later).keyID == service.keyID)
        // An annotation dated before the service's key existed is refused.
        let backdated = String(decoding: annotated, as: UTF8.self).replacingOccurrences(of: later.iso8601, with: Self.now.iso8601)
        guard case .failure(.outsideValidity) = Self.verdict(Array(backdated.utf8), keys: [DossierTrustedKey(service)], at: later) else {
            Issue.record("a backdated annotation was accepted")
            return
        }
    }

    @Test func publicTextReadsBack() throws {
        let trusted = try DossierTrustedKey(publicText: Self.key.publicText)
        #expect(trusted.keyID == Self.key.keyID && trusted.validity == Self.validity)
        let lying = Self.key.publicText.replacingOccurrences(of: "Key-Id: \(Self.key.keyID)", with: "Key-Id: jalon-0000")
        #expect(throws: DossierKeyError.idMismatch(stated: "jalon-0000", computed: Self.key.keyID)) {
            try DossierTrustedKey(publicText: lying)
        }
    }
}
