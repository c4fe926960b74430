import Foundation
import JalonLocale

/// A configuration file Jalon cannot use, named down to the field.
public enum ConfigurationError: LocalizedFailure, Equatable {
    case unreadable(path: String)
    case invalid(source: String, field: String, reason: Reason)

    public enum Reason: Equatable, Sendable {
        case malformed
        case missing
        case wrongType
        case unknownRole
        case outOfRange(String)
        case empty
        case notSHA256
        case duplicate
    }

    init(decoding error: DecodingError, source: String) {
        func path(_ context: DecodingError.Context, plus key: (any CodingKey)? = nil) -> String {
            CodingPath.text(context.codingPath + (key.map { [$0] } ?? []))
        }
        switch error {
        case .keyNotFound(let key, let context):
            self = .invalid(source: source, field: path(context, plus: key), reason: .missing)
        case .typeMismatch(_, let context), .valueNotFound(_, let context):
            self = .invalid(source: source, field: path(context), reason: .wrongType)
        case .dataCorrupted(let context):
            if context.codingPath.last?.stringValue == "role" {
                self = .invalid(source: source, field: path(context), reason: .unknownRole)
            } else {
                self = .invalid(source: source, field: path(context), reason: .malformed)
            }
        @unknown default:
            self = .invalid(source: source, field: "", reason: .malformed)
        }
    }

    public func message(in language: Language) -> String {
        switch self {
        case .unreadable(let path):
            return language.pick(fr: "impossible de lire le fichier de configuration \(path)", en: "cannot read the configuration file \(path)")
        case .invalid(let source, let field, let reason):
            let place = field.isEmpty ? source : "\(source), \(field)"
            let why: String =
                switch reason {
                case .malformed: language.pick(fr: "JSON mal formé", en: "malformed JSON")
                case .missing: language.pick(fr: "champ manquant", en: "missing field")
                case .wrongType: language.pick(fr: "valeur du mauvais type", en: "value of the wrong type")
                case .unknownRole:
                    language.pick(
                        fr: "rôle inconnu (attendu : person, counsellor ou portal)",
                        en: "unknown role (expected: person, counsellor or portal)")
                case .outOfRange(let range): language.pick(fr: "valeur hors limites (attendu : \(range))", en: "value out of range (expected: \(range))")
                case .empty: language.pick(fr: "valeur vide", en: "empty value")
                case .notSHA256:
                    language.pick(
                        fr: "64 chiffres hexadécimaux attendus (SHA-256 du jeton, voir jalon serve token)",
                        en: "64 hexadecimal digits expected (SHA-256 of the token, see jalon serve token)")
                case .duplicate: language.pick(fr: "jeton en double", en: "duplicate token")
                }
            return language.pick(fr: "\(place) : \(why)", en: "\(place): \(why)")
        }
    }
}

extension ConfigurationError {
    public var failureKind: FailureKind {
        switch self {
        case .unreadable: .notFound
        case .invalid: .invalidInput
        }
    }
}
