import JalonLocale
import JalonStore
import JalonXML

/// Why an XML dossier could not be read. Every case says where (`FILE:LINE:COL`) and what is wrong.
public enum DossierReadError: LocalizedFailure {
    /// Malformed or hostile XML, refused by JalonXML.
    case xml(XMLError)
    /// The root is not `<dossier>` in `urn:jalon:dossier:1`.
    case notADossier(XMLSourceLocation, found: String, namespace: String?)
    /// A dossier envelope of a version this Jalon does not read.
    case unsupportedVersion(XMLSourceLocation, found: String)
    /// The envelope breaks `dossier-1.0.xsd`.
    case invalid([XMLDiagnostic])
    /// The embedded project could not be read although its fingerprint holds.
    case project(ProjectLoadError)
    case decoding(ProjectDecodingError)
    /// The embedded project no longer matches the stated fingerprint, and no longer reads either.
    case altered(stated: String, computed: String, cause: any LocalizedFailure)
    case schemaUnavailable(String)

    public var location: XMLSourceLocation? {
        switch self {
        case .xml(let error): error.location
        case .notADossier(let location, _, _), .unsupportedVersion(let location, _): location
        case .invalid(let diagnostics): diagnostics.first?.location
        case .project(let error): error.location
        case .decoding(let error): error.location
        case .altered, .schemaUnavailable: nil
        }
    }

    public func message(in language: Language) -> String {
        switch self {
        case .xml(let error): return error.message(in: language)
        case .project(let error): return error.message(in: language)
        case .decoding(let error): return error.message(in: language)
        case .notADossier(let location, let found, let namespace):
            let ns = namespace ?? language.pick(fr: "sans espace de noms", en: "no namespace")
            let hint =
                found == ProjectFormat.rootElement
                ? language.pick(
                    fr: " ; c’est un document projet : jalon import ou jalon validate le lisent",
                    en: "; this is a project document: jalon import or jalon validate read it")
                : ""
            return "\(location): "
                + language.pick(
                    fr: "ce n’est pas un dossier Jalon : élément racine <\(found)> (\(ns)), attendu <dossier> dans \(DossierXML.namespace)",
                    en: "not a Jalon dossier: root element <\(found)> (\(ns)), expected <dossier> in \(DossierXML.namespace)") + hint
        case .unsupportedVersion(let location, let found):
            return "\(location): "
                + language.pick(
                    fr: "dossier au format \(found) ; cette version de Jalon lit le format \(DossierXML.version)",
                    en: "dossier format \(found); this Jalon reads format \(DossierXML.version)")
        case .invalid(let diagnostics):
            let lines = diagnostics.prefix(20).map(\.description)
            let more = diagnostics.count > 20 ? ["… (+\(diagnostics.count - 20))"] : []
            let header = language.pick(fr: "dossier non conforme au schéma :", en: "dossier does not match its schema:")
            return ([header] + lines + more).joined(separator: "\n")
        case .altered(let stated, let computed, let cause):
            return Self.alteredSentence(stated: stated, computed: computed, in: language) + "\n" + cause.message(in: language)
        case .schemaUnavailable(let reason):
            return language.pick(fr: "schéma indisponible : \(reason)", en: "schema unavailable: \(reason)")
        }
    }

    /// The sentence `verify-dossier` prints for a dossier whose project changed after it was fingerprinted.
    public static func alteredSentence(stated: String, computed: String, in language: Language) -> String {
        language.pick(
            fr: "dossier altéré : le projet qu’il contient a changé depuis son export (empreinte annoncée \(stated), calculée \(computed))",
            en: "altered dossier: the project it holds changed after it was exported (stated fingerprint \(stated), computed \(computed))")
    }
}

extension DossierReadError {
    public var failureKind: FailureKind {
        switch self {
        case .xml, .notADossier, .unsupportedVersion, .invalid, .project, .decoding, .altered: .invalidInput
        case .schemaUnavailable: .internalError
        }
    }
}
