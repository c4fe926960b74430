internal import CLibXML2
internal import CXMLSec
import Foundation

/// W3C XML Signature over a whole document, made and checked by xmlsec1: one enveloped signature,
/// first child of the root, with a single `Reference URI=""`, the enveloped-signature and exclusive
/// C14N transforms, SHA-256 digest, and ECDSA-SHA256 or RSA-SHA256; `KeyInfo` names the key only.
///
/// Verification first holds the signature to exactly that shape (so a second `<Signature>`, a
/// reference to anything but the whole document, a foreign transform or a key carried in the document
/// are refused before any cryptography), then lets xmlsec1 check it with the one public key given.
public enum XMLSignature {
    public static let namespace = "http://www.w3.org/2000/09/xmldsig#"
    static let exclusiveC14N = "http://www.w3.org/2001/10/xml-exc-c14n#"
    static let enveloped = "http://www.w3.org/2000/09/xmldsig#enveloped-signature"
    static let sha256 = "http://www.w3.org/2001/04/xmlenc#sha256"

    public enum Algorithm: String, Sendable, CaseIterable {
        case ecdsaSHA256 = "http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha256"
        case rsaSHA256 = "http://www.w3.org/2001/04/xmldsig-more#rsa-sha256"
    }

    /// What a checked signature states.
    public struct Verified: Sendable, Equatable {
        public var keyName: String
        public var algorithm: Algorithm
    }

    /// Signs `bytes` (a document Jalon wrote) with the private key in PEM (PKCS#8), naming it `keyName`
    /// in `KeyInfo`. The signature goes first in the root; the rest of the bytes are kept as they are.
    public static func sign(
        _ bytes: [UInt8], privateKeyPEM: String, keyName: String,
        algorithm: Algorithm = .ecdsaSHA256
    ) throws(XMLSignatureError) -> [UInt8] {
        try XMLSecRuntime.prepare()
        let document: XMLDocument
        do { document = try XMLDocument(bytes: bytes, sourceName: "signature") } catch { throw XMLSignatureError(.unreadable(error.message(in: .en))) }
        let doc = document.pointer
        guard let root = xmlDocGetRootElement(doc) else { throw XMLSignatureError(.unreadable("no root element")) }
        let method = algorithm == .ecdsaSHA256 ? jalon_xmlsec_ecdsa_sha256() : jalon_xmlsec_rsa_sha256()
        guard let signature = xmlSecTmplSignatureCreate(doc, jalon_xmlsec_exclusive_c14n(), method, nil) else {
            throw XMLSignatureError(.library("template"))
        }
        // First child of the root, so that any verifier looking for the first <Signature> finds this one.
        if let first = root.pointee.children { xmlAddPrevSibling(first, signature) } else { xmlAddChild(root, signature) }
        guard let reference = xmlSecTmplSignatureAddReference(signature, jalon_xmlsec_sha256(), nil, "", nil),
            xmlSecTmplReferenceAddTransform(reference, jalon_xmlsec_enveloped()) != nil,
            xmlSecTmplReferenceAddTransform(reference, jalon_xmlsec_exclusive_c14n()) != nil,
            let keyInfo = xmlSecTmplSignatureEnsureKeyInfo(signature, nil),
            xmlSecTmplKeyInfoAddKeyName(keyInfo, keyName) != nil
        else {
            throw XMLSignatureError(.library("template"))
        }
        let key = try XMLSecRuntime.loadKey(privateKeyPEM)
        guard xmlSecKeySetName(key, keyName) == 0 else {
            xmlSecKeyDestroy(key)
            throw XMLSignatureError(.library("key name"))
        }
        guard let context = xmlSecDSigCtxCreate(nil) else {
            xmlSecKeyDestroy(key)
            throw XMLSignatureError(.library("context"))
        }
        defer { xmlSecDSigCtxDestroy(context) }  // frees the key it owns
        context.pointee.signKey = key
        guard xmlSecDSigCtxSign(context, signature) == 0 else { throw XMLSignatureError(.library("signing")) }
        // Unformatted: indenting now would change the signed bytes.
        var memory: UnsafeMutablePointer<xmlChar>?
        var size: Int32 = 0
        xmlDocDumpMemoryEnc(doc, &memory, &size, "UTF-8")
        guard let memory else { throw XMLSignatureError(.library("serialisation")) }
        defer { jalon_xmlFree(memory) }
        return Array(UnsafeBufferPointer(start: memory, count: Int(size)))
    }

    /// The top-level signature of `document` (first element child of the root), if it has one.
    public static func topLevelSignature(of document: XMLDocument) -> XMLElement? {
        guard let first = document.root?.children.first, first.name == "Signature", first.namespaceURI == namespace else { return nil }
        return first
    }

    /// Checks the signature of `document` with `publicKeyPEM`. `chainParent` names the one element
    /// (a child of the root) where an earlier signature may be kept, as in an annotated dossier; any
    /// other `<Signature>` is a wrapping attempt and refused.
    public static func verify(
        _ document: XMLDocument, publicKeyPEM: String,
        chainParent: String? = nil
    ) throws(XMLSignatureError) -> Verified {
        let shape = try checkShape(document, chainParent: chainParent)
        try XMLSecRuntime.prepare()
        let key = try XMLSecRuntime.loadKey(publicKeyPEM)
        guard let context = xmlSecDSigCtxCreate(nil) else {
            xmlSecKeyDestroy(key)
            throw XMLSignatureError(.library("context"))
        }
        defer { xmlSecDSigCtxDestroy(context) }
        context.pointee.signKey = key
        // The same limits again, inside xmlsec: whole-document references and the listed transforms only.
        context.pointee.enabledReferenceUris = xmlSecTransformUriType(xmlSecTransformUriTypeEmpty)
        for transform in [jalon_xmlsec_enveloped(), jalon_xmlsec_exclusive_c14n(), jalon_xmlsec_sha256()] {
            _ = xmlSecDSigCtxEnableReferenceTransform(context, transform)
        }
        for transform in [jalon_xmlsec_exclusive_c14n(), jalon_xmlsec_sha256(), jalon_xmlsec_ecdsa_sha256(), jalon_xmlsec_rsa_sha256()] {
            _ = xmlSecDSigCtxEnableSignatureTransform(context, transform)
        }
        guard xmlSecDSigCtxVerify(context, shape.signature.node) == 0 else {
            // The key does not fit the algorithm stated (an RSA key for an ECDSA signature…).
            throw XMLSignatureError(.keyUnsuitable)
        }
        guard context.pointee.status == xmlSecDSigStatusSucceeded else { throw XMLSignatureError(.mismatch) }
        return Verified(keyName: shape.keyName, algorithm: shape.algorithm)
    }

    /// The name of the key the signature says signed it, once its shape passed the rules `verify` holds
    /// it to: what a verifier looks the key up by.
    public static func checkedKeyName(_ document: XMLDocument, chainParent: String? = nil) throws(XMLSignatureError) -> String {
        try checkShape(document, chainParent: chainParent).keyName
    }

    /// The structural rules, checked on the tree before any cryptography.
    static func checkShape(
        _ document: XMLDocument, chainParent: String?
    ) throws(XMLSignatureError)
        -> (signature: XMLElement, keyName: String, algorithm: Algorithm)
    {
        guard let root = document.root else { throw XMLSignatureError(.unsigned) }
        var allowed: [xmlNodePtr] = []
        if let signature = topLevelSignature(of: document) { allowed.append(signature.node) }
        if let chainParent, let parent = root.children.first(where: { $0.name == chainParent && $0.namespaceURI == root.namespaceURI }) {
            allowed += parent.children(named: "Signature", namespace: namespace).map(\.node)
        }
        let all = signatures(under: root.node)
        if let stray = all.first(where: { !allowed.contains($0) }) {
            throw XMLSignatureError(.wrapped(line: Int(xmlGetLineNo(stray))))
        }
        guard let signature = topLevelSignature(of: document) else {
            throw all.isEmpty ? XMLSignatureError(.unsigned) : XMLSignatureError(.misplaced)
        }
        let ds = namespace
        func only(_ parent: XMLElement, _ name: String) throws(XMLSignatureError) -> XMLElement {
            let found = parent.children(named: name, namespace: ds)
            guard found.count == 1 else { throw XMLSignatureError(.malformed("<\(parent.name)> must hold exactly one <\(name)>")) }
            return found[0]
        }
        let signedInfo = try only(signature, "SignedInfo")
        let c14n = try only(signedInfo, "CanonicalizationMethod").attribute("Algorithm") ?? ""
        guard c14n == exclusiveC14N else { throw XMLSignatureError(.transform(c14n)) }
        let method = try only(signedInfo, "SignatureMethod").attribute("Algorithm") ?? ""
        guard let algorithm = Algorithm(rawValue: method) else { throw XMLSignatureError(.transform(method)) }
        let references = signedInfo.children(named: "Reference", namespace: ds)
        guard references.count == 1 else { throw XMLSignatureError(.referenceCount(references.count)) }
        let reference = references[0]
        let uri = reference.attribute("URI") ?? "(absent)"
        guard uri.isEmpty else { throw XMLSignatureError(.referenceOutside(uri)) }
        let transforms =
            reference.firstChild(named: "Transforms", namespace: ds)?
            .children(named: "Transform", namespace: ds).map { $0.attribute("Algorithm") ?? "" } ?? []
        if let foreign = transforms.first(where: { $0 != enveloped && $0 != exclusiveC14N }) {
            throw XMLSignatureError(.transform(foreign))
        }
        guard transforms == [enveloped, exclusiveC14N] else {
            throw XMLSignatureError(.malformed("the reference must apply enveloped-signature then exclusive C14N, once each"))
        }
        let digest = try only(reference, "DigestMethod").attribute("Algorithm") ?? ""
        guard digest == sha256 else { throw XMLSignatureError(.transform(digest)) }
        // Only a key name: a key carried in the document would let anyone sign with their own.
        let keyInfo = try only(signature, "KeyInfo")
        if let other = keyInfo.children.first(where: { $0.name != "KeyName" || $0.namespaceURI != ds }) {
            throw XMLSignatureError(.keyInfo(other.name))
        }
        let keyName = try only(keyInfo, "KeyName").text.trimmingXMLWhitespace()
        if let extra = signature.children.first(where: { !["SignedInfo", "SignatureValue", "KeyInfo"].contains($0.name) }) {
            throw XMLSignatureError(.malformed("unexpected <\(extra.name)> in <Signature>"))
        }
        return (signature, keyName, algorithm)
    }

    /// Every `ds:Signature` element in the subtree, in document order, walked without recursion.
    private static func signatures(under root: xmlNodePtr) -> [xmlNodePtr] {
        var found: [xmlNodePtr] = []
        var node: xmlNodePtr? = root
        while let current = node {
            if current.pointee.type == XML_ELEMENT_NODE, String(cString: current.pointee.name) == "Signature",
                let href = current.pointee.ns?.pointee.href, String(cString: href) == namespace
            {
                found.append(current)
            }
            if current.pointee.type == XML_ELEMENT_NODE, let child = current.pointee.children {
                node = child
                continue
            }
            var climbing: xmlNodePtr? = current
            node = nil
            while let up = climbing, up != root {
                if let next = up.pointee.next { node = next; break }
                climbing = up.pointee.parent
            }
        }
        return found
    }
}

/// xmlsec1's process-wide set-up, once, after libxml2's.
enum XMLSecRuntime {
    private static let initialised: Int32 = {
        LibXML2Runtime.prepare()
        return jalon_xmlsec_init()
    }()

    static func prepare() throws(XMLSignatureError) {
        guard initialised == 0 else { throw XMLSignatureError(.library("xmlsec initialisation (\(initialised))")) }
    }

    /// A key from PEM (private PKCS#8 or public SubjectPublicKeyInfo); the caller owns it.
    static func loadKey(_ pem: String) throws(XMLSignatureError) -> xmlSecKeyPtr {
        let bytes = Array(pem.utf8)
        let key = bytes.withUnsafeBufferPointer { buffer in
            jalon_xmlsec_load_pem_key(buffer.baseAddress, buffer.count)
        }
        guard let key else { throw XMLSignatureError(.keyUnreadable) }
        return key
    }
}
