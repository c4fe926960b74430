import JalonLocale

/// Why Jalon refused or could not process an XML document. Carries where, and libxml2's own words.
public struct XMLError: LocalizedFailure, Equatable {
    public enum Kind: Sendable, Equatable {
        case tooLarge(limit: Int, actual: Int)
        case tooDeep(limit: Int)
        case tooManyAttributes(limit: Int, element: String)
        /// More namespace declarations in scope than `XMLParseLimits.maxNamespacesInScope`.
        case tooManyNamespaces(limit: Int, element: String)
        /// DOCTYPE declarations are refused: entities they declare are the door to XXE and bombs.
        case doctypeForbidden
        /// The bytes are (or are declared) in an encoding that is not ASCII-compatible (UTF-16, UCS-4,
        /// EBCDIC…) or that Jalon does not list; Jalon reads UTF-8, ASCII, ISO-8859-x and windows-125x.
        case unsupportedEncoding(name: String)
        case notWellFormed
        case invalid(diagnostics: [XMLDiagnostic])
        case schemaUnusable
        case xpath(expression: String)
        case canonicalization
    }

    public var kind: Kind
    public var location: XMLSourceLocation
    /// libxml2's message when it gave one (English), else empty.
    public var detail: String

    public init(_ kind: Kind, at location: XMLSourceLocation, detail: String = "") {
        self.kind = kind
        self.location = location
        self.detail = detail
    }

    public func message(in language: Language) -> String {
        let what: String
        switch kind {
        case .tooLarge(let limit, let actual):
            what = language.pick(
                fr: "document trop volumineux (\(actual) octets ; la limite est \(limit))",
                en: "document too large (\(actual) bytes; the limit is \(limit))")
        case .tooDeep(let limit):
            what = language.pick(
                fr: "éléments imbriqués sur plus de \(limit) niveaux",
                en: "elements nested deeper than \(limit) levels")
        case .tooManyAttributes(let limit, let element):
            what = language.pick(
                fr: "l’élément <\(element)> porte plus de \(limit) attributs",
                en: "element <\(element)> has more than \(limit) attributes")
        case .tooManyNamespaces(let limit, let element):
            what = language.pick(
                fr: "plus de \(limit) déclarations d’espace de noms en vigueur à l’élément <\(element)>",
                en: "more than \(limit) namespace declarations in scope at element <\(element)>")
        case .doctypeForbidden:
            what = language.pick(
                fr: "déclaration DOCTYPE refusée (les entités et DTD ne sont pas acceptées)",
                en: "DOCTYPE declaration refused (entities and DTDs are not accepted)")
        case .unsupportedEncoding(let name):
            what = language.pick(
                fr: "encodage « \(name) » refusé (Jalon lit l’UTF-8, l’ASCII, l’ISO-8859 et le windows-125x)",
                en: "encoding '\(name)' refused (Jalon reads UTF-8, ASCII, ISO-8859 and windows-125x)")
        case .notWellFormed:
            what = language.pick(fr: "XML mal formé", en: "malformed XML")
        case .invalid(let diagnostics):
            let first = diagnostics.first.map { " — \($0.message)" } ?? ""
            what = language.pick(
                fr: "document non conforme au schéma (\(diagnostics.count) erreur(s))\(first)",
                en: "document does not match the schema (\(diagnostics.count) error(s))\(first)")
        case .schemaUnusable:
            what = language.pick(fr: "schéma XSD inutilisable", en: "unusable XSD schema")
        case .xpath(let expression):
            // The kind keeps the whole expression; a sentence quotes only its start.
            let shown = expression.count > 120 ? expression.prefix(119) + "…" : expression
            what = language.pick(fr: "expression XPath invalide « \(shown) »", en: "invalid XPath expression '\(shown)'")
        case .canonicalization:
            what = language.pick(fr: "forme canonique impossible à produire", en: "could not produce the canonical form")
        }
        let detailSuffix = detail.isEmpty || isDetailRedundant ? "" : " : \(detail)"
        return "\(location): \(what)\(detailSuffix)"
    }

    private var isDetailRedundant: Bool {
        if case .invalid = kind { return true }
        return false
    }
}

extension XMLError {
    public var failureKind: FailureKind {
        switch kind {
        case .tooLarge, .tooDeep, .tooManyAttributes, .tooManyNamespaces, .doctypeForbidden, .unsupportedEncoding, .notWellFormed, .invalid:
            .invalidInput
        // Jalon's own schemas, expressions and canonical form: failing them is Jalon's defect, not the input's.
        case .schemaUnusable, .xpath, .canonicalization: .internalError
        }
    }
}
