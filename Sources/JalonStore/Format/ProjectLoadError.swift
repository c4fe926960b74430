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

    public func message(in language: Language) -> String {
        switch self {
        case .xml(let error):
            return error.message(in: language)
        case .wrongRoot(let location, let found, let namespace):
            let ns = namespace ?? language.pick(fr: "sans espace de noms", en: "no namespace")
            return language.pick(
                fr: "\(location): ce n’est pas un projet Jalon : élément racine <\(found)> (\(ns)), attendu <project> dans \(ProjectFormat.namespacePrefix)N",
                en: "\(location): not a Jalon project: root element <\(found)> (\(ns)), expected <project> in \(ProjectFormat.namespacePrefix)N")
        case .missingVersion(let location):
            return language.pick(fr: "\(location): l’attribut schemaVersion manque sur <project>",
                                 en: "\(location): <project> lacks its schemaVersion attribute")
        case .malformedVersion(let location, let found):
            return language.pick(fr: "\(location): schemaVersion « \(found) » n’est pas de la forme MAJEUR.MINEUR",
                                 en: "\(location): schemaVersion '\(found)' is not of the form MAJOR.MINOR")
        case .newerVersion(let location, let found, let readable):
            let list = readable.map(\.description).joined(separator: ", ")
            return language.pick(
                fr: "\(location): ce projet est au format \(found), plus récent que cette version de Jalon, qui lit les formats \(list) ; mettez Jalon à jour",
                en: "\(location): this project uses format \(found), newer than this Jalon, which reads formats \(list); update Jalon")
        case .unknownVersion(let location, let found, let readable):
            let list = readable.map(\.description).joined(separator: ", ")
            return language.pick(fr: "\(location): format \(found) inconnu ; Jalon lit les formats \(list)",
                                 en: "\(location): unknown format \(found); Jalon reads formats \(list)")
        case .namespaceMismatch(let location, let namespace, let version):
            return language.pick(fr: "\(location): l’espace de noms \(namespace) ne correspond pas au format \(version)",
                                 en: "\(location): namespace \(namespace) does not match format \(version)")
        case .invalid(let diagnostics):
            let lines = diagnostics.prefix(20).map { "\($0.location): \($0.message)" }
            let more = diagnostics.count > 20 ? ["… (+\(diagnostics.count - 20))"] : []
            let header = language.pick(fr: "document non conforme au schéma :", en: "document does not match the schema:")
            return ([header] + lines + more).joined(separator: "\n")
        case .migrationFailed(let name, let reason):
            return language.pick(fr: "la migration « \(name) » a échoué : \(reason)",
                                 en: "migration '\(name)' failed: \(reason)")
        case .schemaUnavailable(let reason):
            return language.pick(fr: "schéma indisponible : \(reason)", en: "schema unavailable: \(reason)")
        }
    }
}
