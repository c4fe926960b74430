import JalonLocale

/// Why the catalogue could not be loaded or read.
public enum CatalogueError: LocalizedFailure, Equatable {
    case fileUnreadable(path: String, reason: String)
    case notACatalogue(path: String)
    case unsupportedFormat(path: String, found: Int, expected: Int)
    case truncated(path: String, offset: Int)
    case missingSection(path: String, name: String)
    case corrupt(path: String, detail: String)
    case notBundled
    case unknownCode(String)

    public func message(in language: Language) -> String {
        switch self {
        case let .fileUnreadable(path, reason):
            language.pick(
                fr: "Impossible de lire le catalogue \(path) : \(reason).",
                en: "Cannot read the catalogue \(path): \(reason).")
        case let .notACatalogue(path):
            language.pick(
                fr: "Le fichier \(path) n'est pas un catalogue Jalon (en-tête JALONCAT absent).",
                en: "The file \(path) is not a Jalon catalogue (no JALONCAT header).")
        case let .unsupportedFormat(path, found, expected):
            language.pick(
                fr:
                    "Le catalogue \(path) est au format \(found) ; cette version de Jalon lit le format \(expected). Reconstruisez-le avec « jalon catalogue build ».",
                en: "The catalogue \(path) has format \(found); this Jalon reads format \(expected). Rebuild it with “jalon catalogue build”.")
        case let .truncated(path, offset):
            language.pick(
                fr: "Le catalogue \(path) est tronqué (octet \(offset)).",
                en: "The catalogue \(path) is truncated (byte \(offset)).")
        case let .missingSection(path, name):
            language.pick(
                fr: "Le catalogue \(path) n'a pas de section « \(name) ».",
                en: "The catalogue \(path) has no section “\(name)”.")
        case let .corrupt(path, detail):
            language.pick(
                fr: "Le catalogue \(path) est incohérent (section \(detail)).",
                en: "The catalogue \(path) is inconsistent (section \(detail)).")
        case .notBundled:
            language.pick(
                fr:
                    "Cette installation de Jalon n'embarque pas de catalogue (Resources/Catalogue/catalogue.jcat) ; construisez-le avec « jalon catalogue build --from DOSSIER ».",
                en: "This Jalon build ships no catalogue (Resources/Catalogue/catalogue.jcat); build it with “jalon catalogue build --from DIR”.")
        case let .unknownCode(code):
            language.pick(
                fr: "Aucune fiche ROME ni certification ne porte le code « \(code) ».",
                en: "No ROME fiche or certification has the code “\(code)”.")
        }
    }
}

extension CatalogueError {
    public var failureKind: FailureKind {
        switch self {
        case .fileUnreadable: .io
        case .notACatalogue, .unsupportedFormat, .truncated, .missingSection, .corrupt: .invalidInput
        case .notBundled: .unavailable
        case .unknownCode: .notFound
        }
    }
}
