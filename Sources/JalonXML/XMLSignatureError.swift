import JalonLocale

/// Why a document's XML Signature was refused or could not be made; each reason is a sentence.
public struct XMLSignatureError: LocalizedFailure, Equatable {
    public enum Reason: Sendable, Equatable {
        /// The document carries no signature.
        case unsigned
        /// A signature exists but not as the first child of the root.
        case misplaced
        /// A second `<Signature>` where none may be (signature wrapping).
        case wrapped(line: Int)
        case referenceCount(Int)
        /// A `Reference` that points elsewhere than the whole document.
        case referenceOutside(String)
        /// A canonicalisation, transform, digest or signature algorithm Jalon does not allow.
        case transform(String)
        /// `KeyInfo` holds something other than a key name.
        case keyInfo(String)
        case malformed(String)
        /// The cryptographic check failed: the document is not the one that was signed, or another key signed it.
        case mismatch
        case keyUnreadable
        case keyUnsuitable
        case unreadable(String)
        case library(String)
    }

    public var reason: Reason

    public init(_ reason: Reason) { self.reason = reason }

    public func message(in language: Language) -> String {
        switch reason {
        case .unsigned:
            return language.pick(fr: "le document n’est pas signé", en: "the document is not signed")
        case .misplaced:
            return language.pick(
                fr: "la signature n’est pas le premier élément de la racine",
                en: "the signature is not the first element of the root")
        case .wrapped(let line):
            return language.pick(
                fr: "une seconde signature (ligne \(line)) est refusée : tentative d’enveloppement de signature",
                en: "a second signature (line \(line)) is refused: signature-wrapping attempt")
        case .referenceCount(let count):
            return language.pick(
                fr: "la signature doit porter une seule référence (elle en porte \(count))",
                en: "the signature must hold exactly one reference (it holds \(count))")
        case .referenceOutside(let uri):
            return language.pick(
                fr: "la référence « \(uri) » ne désigne pas le document entier (seul URI=\"\" est accepté)",
                en: "reference '\(uri)' does not point to the whole document (only URI=\"\" is accepted)")
        case .transform(let algorithm):
            return language.pick(
                fr: "algorithme ou transformation non autorisé : \(algorithm)",
                en: "algorithm or transform not allowed: \(algorithm)")
        case .keyInfo(let element):
            return language.pick(
                fr: "KeyInfo ne doit nommer que la clé (trouvé <\(element)>)",
                en: "KeyInfo must only name the key (found <\(element)>)")
        case .malformed(let detail):
            return language.pick(fr: "signature mal formée : \(detail)", en: "malformed signature: \(detail)")
        case .mismatch:
            return language.pick(
                fr: "la signature ne correspond pas : le document a été modifié depuis sa signature, ou une autre clé l’a signé",
                en: "the signature does not match: the document was changed after it was signed, or another key signed it")
        case .keyUnreadable:
            return language.pick(fr: "clé illisible (PEM attendu)", en: "unreadable key (PEM expected)")
        case .keyUnsuitable:
            return language.pick(
                fr: "la clé ne convient pas à l’algorithme de la signature",
                en: "the key does not fit the signature's algorithm")
        case .unreadable(let detail):
            return language.pick(fr: "document illisible : \(detail)", en: "unreadable document: \(detail)")
        case .library(let step):
            return language.pick(fr: "échec de xmlsec (\(step))", en: "xmlsec failed (\(step))")
        }
    }
}

extension XMLSignatureError {
    public var failureKind: FailureKind {
        switch reason {
        case .unsigned, .misplaced, .wrapped, .referenceCount, .referenceOutside, .transform, .keyInfo, .malformed, .mismatch,
            .keyUnsuitable:
            .invalidInput
        case .keyUnreadable, .unreadable: .io
        case .library: .internalError
        }
    }
}
