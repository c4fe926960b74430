import Foundation
import JalonLocale

/// Why an import could not proceed. Records that cannot be joined are not errors: the importer
/// counts and reports them (see `ImportReport`).
public enum ImportError: LocalizedFailure, Equatable {
    case unreadable(path: String, reason: String)
    case emptyFile(path: String)
    case invalidUTF8(path: String, line: Int, field: Int)
    case unterminatedQuote(path: String, line: Int)
    case missingColumn(path: String, column: String, found: [String])
    case missingFile(path: String)
    case unwritable(path: String, reason: String)

    public func message(in language: Language) -> String {
        switch self {
        case let .unreadable(path, reason):
            language.pick(fr: "Impossible de lire \(path) : \(reason).", en: "Cannot read \(path): \(reason).")
        case let .emptyFile(path):
            language.pick(
                fr: "Le fichier \(path) est vide : il devrait commencer par une ligne d'en-tête.",
                en: "The file \(path) is empty: it should start with a header line.")
        case let .invalidUTF8(path, line, field):
            language.pick(
                fr: "\(path), ligne \(line), champ \(field) : le texte n'est pas en UTF-8 ; convertissez le fichier (iconv -f latin1 -t utf-8).",
                en: "\(path), line \(line), field \(field): the text is not UTF-8; convert the file (iconv -f latin1 -t utf-8).")
        case let .unterminatedQuote(path, line):
            language.pick(
                fr: "\(path), ligne \(line) : un guillemet ouvert n'est jamais refermé.",
                en: "\(path), line \(line): a quote is opened and never closed.")
        case let .missingColumn(path, column, found):
            language.pick(
                fr: "\(path) : la colonne « \(column) » manque (colonnes trouvées : \(found.joined(separator: ", "))).",
                en: "\(path): the column “\(column)” is missing (columns found: \(found.joined(separator: ", "))).")
        case let .missingFile(path):
            language.pick(
                fr: "Le fichier source \(path) est introuvable ; --from doit désigner le dossier des données ouvertes (rome-4.0-v460/, rncp-2026-02/, …).",
                en: "The source file \(path) is missing; --from must name the open-data folder (rome-4.0-v460/, rncp-2026-02/, …).")
        case let .unwritable(path, reason):
            language.pick(fr: "Impossible d'écrire \(path) : \(reason).", en: "Cannot write \(path): \(reason).")
        }
    }
}

extension ImportError {
    /// A system error's description as a clause inside Jalon's sentence (without its final period).
    static func clause(_ error: any Error) -> String {
        var text = error.localizedDescription.trimmingCharacters(in: .whitespaces)
        while text.hasSuffix(".") { text.removeLast() }
        return text
    }
}

extension ImportError {
    public var failureKind: FailureKind {
        switch self {
        case .unreadable, .unwritable: .io
        case .emptyFile, .invalidUTF8, .unterminatedQuote, .missingColumn: .invalidInput
        case .missingFile: .notFound
        }
    }
}
