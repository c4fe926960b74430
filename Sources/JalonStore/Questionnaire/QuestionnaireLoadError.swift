import JalonCore
import JalonLocale
import JalonXML

/// Why a questionnaire file could not be read. The shipped one is tested, so in practice these name
/// a broken build or a hand-edited file, with the place to look.
public enum QuestionnaireLoadError: LocalizedFailure {
    case resourceMissing(String)
    case unreadable(path: String, reason: String)
    /// Malformed, hostile, or against `questionnaire-1.0.xsd`.
    case xml(XMLError)
    case wrongRoot(XMLSourceLocation, found: String, namespace: String?)
    /// Valid against the schema, but not scorable (such as a type without any item).
    case unusable(sourceName: String, QuestionnaireError)

    public func message(in language: Language) -> String {
        switch self {
        case .resourceMissing(let path):
            language.pick(
                fr: "fichier « \(path) » absent des ressources de Jalon (installation incomplète ?)",
                en: "file '\(path)' missing from Jalon's resources (incomplete installation?)")
        case .unreadable(let path, let reason):
            language.pick(fr: "impossible de lire « \(path) » : \(reason)", en: "cannot read '\(path)': \(reason)")
        case .xml(let error):
            error.message(in: language)
        case .wrongRoot(let location, let found, let namespace):
            language.pick(
                fr:
                    "\(location): ce n’est pas un questionnaire Jalon : <\(found)> (\(namespace ?? "sans espace de noms")), attendu <questionnaire> dans \(QuestionnaireLoader.namespace)",
                en:
                    "\(location): not a Jalon questionnaire: <\(found)> (\(namespace ?? "no namespace")), expected <questionnaire> in \(QuestionnaireLoader.namespace)"
            )
        case .unusable(let sourceName, let error):
            "\(sourceName): " + error.message(in: language)
        }
    }
}

extension QuestionnaireLoadError {
    public var failureKind: FailureKind {
        switch self {
        case .resourceMissing: .unavailable
        case .unreadable: .io
        case .xml, .wrongRoot, .unusable: .invalidInput
        }
    }
}
