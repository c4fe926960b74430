import JalonLocale
import JalonXML

/// Why a project document could not be read. Every case says where and what was expected.
public enum ProjectLoadError: LocalizedFailure {
    /// Malformed or hostile XML, refused by JalonXML.
    case xml(XMLError)
    case wrongRoot(XMLSourceLocation, found: String, namespace: String?)
    case missingVersion(XMLSourceLocation)
    case malformedVersion(XMLSourceLocation, found: String)
    /// Written by a newer Jalon: refused rather than half-understood.
    case newerVersion(XMLSourceLocation, found: FormatVersion, readable: [FormatVersion])
    case unknownVersion(XMLSourceLocation, found: FormatVersion, readable: [FormatVersion])
    /// The namespace's major number does not match `schemaVersion`.
    case namespaceMismatch(XMLSourceLocation, namespace: String, version: FormatVersion)
    case invalid([XMLDiagnostic])
    case migrationFailed(name: String, reason: String)
    case schemaUnavailable(String)

    /// Where the problem is, when it is at one place.
    public var location: XMLSourceLocation? {
        switch self {
        case .xml(let error): error.location
        case .wrongRoot(let location, _, _), .missingVersion(let location), .malformedVersion(let location, _),
            .newerVersion(let location, _, _), .unknownVersion(let location, _, _), .namespaceMismatch(let location, _, _):
            location
        case .invalid(let diagnostics): diagnostics.first?.location
        case .migrationFailed, .schemaUnavailable: nil
        }
    }

    public func message(in language: Language) -> String {
        if case .xml(let error) = self { return error.message(in: language) }
        if case .invalid = self { return reason(in: language) }
        return location.map { "\($0): " + reason(in: language) } ?? reason(in: language)
    }

    /// The sentence without its location.
    public func reason(in language: Language) -> String {
        switch self {
        case .xml(let error):
            let full = error.message(in: language), prefix = "\(error.location): "
            return full.hasPrefix(prefix) ? String(full.dropFirst(prefix.count)) : full
        case .wrongRoot(_, let found, let namespace):
            let ns = namespace ?? language.pick(fr: "sans espace de noms", en: "no namespace")
            return language.pick(
                fr: "ce n’est pas un projet Jalon : élément racine <\(found)> (\(ns)), attendu <project> dans \(ProjectFormat.namespacePrefix)N",
                en: "not a Jalon project: root element <\(found)> (\(ns)), expected <project> in \(ProjectFormat.namespacePrefix)N")
        case .missingVersion:
            return language.pick(
                fr: "l’attribut schemaVersion manque sur <project>",
                en: "<project> lacks its schemaVersion attribute")
        case .malformedVersion(_, let found):
            return language.pick(
                fr: "schemaVersion « \(found) » n’est pas de la forme MAJEUR.MINEUR",
                en: "schemaVersion '\(found)' is not of the form MAJOR.MINOR")
        case .newerVersion(_, let found, let readable):
            let list = readable.map(\.description).joined(separator: ", ")
            return language.pick(
                fr: "ce projet est au format \(found), plus récent que cette version de Jalon, qui lit les formats \(list) ; mettez Jalon à jour",
                en: "this project uses format \(found), newer than this Jalon, which reads formats \(list); update Jalon")
        case .unknownVersion(_, let found, let readable):
            let list = readable.map(\.description).joined(separator: ", ")
            return language.pick(
                fr: "format \(found) inconnu ; Jalon lit les formats \(list)",
                en: "unknown format \(found); Jalon reads formats \(list)")
        case .namespaceMismatch(_, let namespace, let version):
            return language.pick(
                fr: "l’espace de noms \(namespace) ne correspond pas au format \(version)",
                en: "namespace \(namespace) does not match format \(version)")
        case .invalid(let diagnostics):
            let lines = diagnostics.prefix(20).map { "\($0.location): \($0.message)" }
            let more = diagnostics.count > 20 ? ["… (+\(diagnostics.count - 20))"] : []
            let header = language.pick(fr: "document non conforme au schéma :", en: "document does not match the schema:")
            return ([header] + lines + more).joined(separator: "\n")
        case .migrationFailed(let name, let reason):
            return language.pick(
                fr: "la migration « \(name) » a échoué : \(reason)",
                en: "migration '\(name)' failed: \(reason)")
        case .schemaUnavailable(let reason):
            return language.pick(fr: "schéma indisponible : \(reason)", en: "schema unavailable: \(reason)")
        }
    }
}

extension ProjectLoadError {
    public var failureKind: FailureKind {
        switch self {
        case .xml, .wrongRoot, .missingVersion, .malformedVersion, .newerVersion, .unknownVersion, .namespaceMismatch, .invalid:
            .invalidInput
        // Jalon's own migrations and schemas: failing them is Jalon's defect.
        case .migrationFailed, .schemaUnavailable: .internalError
        }
    }
}
