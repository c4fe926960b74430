import JalonCore
import JalonLocale
import JalonXML

/// Signing and checking XML dossiers: an XML Signature (enveloped, exclusive C14N, ECDSA-SHA256) over
/// the whole dossier — export, fingerprint, history, sources, débouchés, annotation, project — made with the
/// issuing service's key; any independent XMLDSig verifier (`xmlsec1 --verify`) can check it.
///
/// Before signing, `<empreinte>` gets one attribute per envelope part with the SHA-256 of its C14N:
/// the signature vouches for them, so when it fails, the parts whose digest no longer holds are the
/// ones that changed. The project's own fingerprint (`<empreinte>`'s text) stays the quick integrity
/// check anyone can recompute; it proves no origin.
public enum DossierSignature {
    /// The envelope parts named when a signature fails, with their French and English names.
    static let parts: [(element: String, fr: String, en: String)] = [
        ("export", "les métadonnées d’export", "the export metadata"),
        ("historique", "l’historique", "the history"),
        ("sources", "les sources", "the sources"),
        ("debouches", "les débouchés", "the job prospects"),
        ("annotation", "l’annotation", "the annotation")
    ]

    /// The dossier as signed XML bytes. An expired key signs nothing.
    public static func sign(_ dossier: Dossier, with key: DossierSigningKey, now: Timestamp = .now()) throws -> [UInt8] {
        guard now <= key.validity.notAfter else { throw DossierKeyError.expired(keyID: key.keyID, notAfter: key.validity.notAfter) }
        let document = try XMLDocument(bytes: DossierXML.encode(dossier), sourceName: "dossier")
        guard let root = document.root, let fingerprint = root.firstChild(named: "empreinte", namespace: DossierXML.namespace) else {
            throw XMLSignatureError(.unreadable("no <empreinte>"))
        }
        for (name, digest) in try partDigests(root) { fingerprint.setAttribute(name, to: digest) }
        return try XMLSignature.sign(document.serialized(), privateKeyPEM: key.key.privateKeyPEM, keyName: key.keyID)
    }

    /// What a good signature states.
    public struct Verified: Sendable, Equatable {
        public var keyID: String
        /// The key that signed the dossier the annotation answers, when the annotation keeps its signature.
        public var chainKeyID: String?
    }

    /// Checks the signature of the dossier in `bytes` against the keys the verifier trusts, at `now`:
    /// shape (one signature, whole-document reference, allowed transforms, key named only), key known
    /// and valid when the dossier was signed (exported, or annotated) and still now, not in the future, then the
    /// cryptography. A mismatch names the parts that changed.
    public static func verify(
        _ bytes: [UInt8], sourceName: String, trusting keys: [DossierTrustedKey],
        now: Timestamp = .now()
    ) throws(DossierSignatureError) -> Verified {
        let document: XMLDocument
        do { document = try XMLDocument(bytes: bytes, sourceName: sourceName) } catch { throw .xml(error) }
        let keyName: String
        do { keyName = try XMLSignature.checkedKeyName(document, chainParent: "annotation") } catch { throw .signature(error) }
        guard let key = keys.first(where: { $0.keyID == keyName }) else {
            throw .unknownKey(keyName, known: keys.map(\.keyID))
        }
        guard now <= key.validity.notAfter else { throw .expired(keyName, notAfter: key.validity.notAfter) }
        // When the signature was made: an annotated dossier is signed again by the annotating service,
        // at the annotation's date (its key may be younger than the export it answers); else at the export.
        let signedAt = ["annotation", "export"].lazy.compactMap { name in
            document.root?.firstChild(named: name, namespace: DossierXML.namespace)?.attribute("date").flatMap { Timestamp(iso8601: $0) }
        }.first
        if let exported = signedAt {
            guard exported >= key.validity.notBefore, exported <= key.validity.notAfter else {
                throw .outsideValidity(keyName, exported: exported, validity: key.validity)
            }
            // Five minutes of clock difference between two services; beyond that, a date from the future.
            guard exported.secondsSince1970 <= now.secondsSince1970 + 300 else { throw .fromTheFuture(exported) }
        }
        do {
            _ = try XMLSignature.verify(document, publicKeyPEM: key.publicKeyPEM, chainParent: "annotation")
        } catch {
            guard error.reason == .mismatch else { throw .signature(error) }
            throw .changed(changedParts(document))
        }
        let chain = document.root?.firstChild(named: "annotation", namespace: DossierXML.namespace)?
            .firstChild(named: "Signature", namespace: XMLSignature.namespace)
        let chainKey = chain?.firstChild(named: "KeyInfo", namespace: XMLSignature.namespace)?
            .firstChild(named: "KeyName", namespace: XMLSignature.namespace)?.text.trimmingXMLWhitespace()
        return Verified(keyID: keyName, chainKeyID: chainKey)
    }

    /// The SHA-256 of the C14N of each envelope part present, each taken as a standalone document.
    private static func partDigests(_ root: XMLElement) throws -> [(String, String)] {
        try parts.compactMap { part in
            guard let element = root.firstChild(named: part.element, namespace: DossierXML.namespace),
                let standalone = element.detachedDocument()
            else { return nil }
            return (part.element, try standalone.fingerprint())
        }
    }

    /// The parts of a dossier whose signature failed that differ from the digests it states.
    private static func changedParts(_ document: XMLDocument) -> [DossierSignatureError.Part] {
        guard let root = document.root, let fingerprint = root.firstChild(named: "empreinte", namespace: DossierXML.namespace) else {
            return [.fingerprints]
        }
        var changed: [DossierSignatureError.Part] = []
        for part in parts {
            let element = root.firstChild(named: part.element, namespace: DossierXML.namespace)
            let stated = fingerprint.attribute(part.element)
            let computed = element.flatMap { $0.detachedDocument() }.flatMap { try? $0.fingerprint() }
            if stated != computed { changed.append(.envelope(fr: part.fr, en: part.en)) }
        }
        let project = root.children.last.flatMap { $0.detachedDocument() }.flatMap { try? $0.fingerprint() }
        if project != fingerprint.text.trimmingXMLWhitespace() { changed.append(.project) }
        return changed.isEmpty ? [.fingerprints] : changed
    }
}

public enum DossierSignatureError: LocalizedFailure, Equatable {
    /// What changed in a dossier whose signature fails.
    public enum Part: Sendable, Equatable {
        case envelope(fr: String, en: String)
        case project
        /// No part differs from its stated digest: the signature block or the stated digests were altered.
        case fingerprints
    }

    case xml(XMLError)
    case signature(XMLSignatureError)
    case unknownKey(String, known: [String])
    case expired(String, notAfter: Timestamp)
    case outsideValidity(String, exported: Timestamp, validity: DossierKeyValidity)
    case fromTheFuture(Timestamp)
    case changed([Part])

    public func message(in language: Language) -> String {
        switch self {
        case .xml(let error): return error.message(in: language)
        case .signature(let error): return error.message(in: language)
        case .unknownKey(let name, let known):
            let list = known.isEmpty ? language.pick(fr: "aucune", en: "none") : known.joined(separator: ", ")
            return language.pick(
                fr: "signé par la clé « \(name) », qui n’est pas une clé de confiance (clés connues : \(list))",
                en: "signed with key '\(name)', which is not a trusted key (known keys: \(list))")
        case .expired(let name, let notAfter):
            return language.pick(fr: "la clé \(name) a expiré le \(notAfter.iso8601)", en: "key \(name) expired on \(notAfter.iso8601)")
        case .outsideValidity(let name, let exported, let validity):
            return language.pick(
                fr:
                    "signé le \(exported.iso8601) (export ou annotation), hors de la validité de la clé \(name) (\(validity.notBefore.iso8601) – \(validity.notAfter.iso8601))",
                en:
                    "signed on \(exported.iso8601) (export or annotation), outside the validity of key \(name) (\(validity.notBefore.iso8601) – \(validity.notAfter.iso8601))"
            )
        case .fromTheFuture(let exported):
            return language.pick(fr: "export daté du \(exported.iso8601), dans le futur", en: "export dated \(exported.iso8601), in the future")
        case .changed(let parts):
            let names = parts.map { part in
                switch part {
                case .envelope(let fr, let en): language.pick(fr: fr, en: en)
                case .project: language.pick(fr: "le projet", en: "the project")
                case .fingerprints:
                    language.pick(
                        fr: "la signature ou les empreintes qu’elle couvre",
                        en: "the signature or the fingerprints it covers")
                }
            }
            return language.pick(
                fr: "signature invalide : modifié depuis la signature : \(names.joined(separator: ", "))",
                en: "invalid signature: changed since it was signed: \(names.joined(separator: ", "))")
        }
    }
}

extension DossierSignatureError {
    public var failureKind: FailureKind {
        switch self {
        case .xml(let error): error.failureKind
        case .signature(let error): error.failureKind
        case .unknownKey: .notFound
        case .expired, .outsideValidity, .fromTheFuture, .changed: .invalidInput
        }
    }
}
