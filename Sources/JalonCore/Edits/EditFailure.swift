import JalonLocale

/// Why an edit changed nothing: which input field is wrong, the kind of refusal (each door maps it to
/// an exit code or an HTTP status), and a sentence in both languages.
public struct EditFailure: LocalizedFailure, Equatable, Sendable {
    public enum Kind: String, Sendable {
        /// A value that cannot be: out of range, unreadable, unknown code (CLI exit 64, HTTP 422).
        case invalid
        /// A value whose reference does not exist in the catalogue or the project (CLI exit 66, HTTP 422/404).
        case notFound
        /// Words that name several things: the candidates go with the failure (CLI exit 64, HTTP 422).
        case ambiguous
        /// Allowed values that the project's state refuses: a sixth piste, a step not complete (CLI exit 1, HTTP 409).
        case refused
        /// The project already holds exactly this: nothing to save (CLI exit 1, HTTP 200 without a new revision).
        case unchanged
    }

    public var kind: Kind
    /// The input field at fault, as the JSON body names it (`situation`, `centres.31`, `date`).
    public var field: String
    public var french: String
    public var english: String
    /// For `.ambiguous`: what the words may name.
    public var candidates: [EditCandidate]

    public init(_ kind: Kind, field: String, fr: String, en: String, candidates: [EditCandidate] = []) {
        self.kind = kind
        self.field = field
        self.french = fr
        self.english = en
        self.candidates = candidates
    }

    public func message(in language: Language) -> String { language.pick(fr: french, en: english) }

    static func invalid(_ field: String, fr: String, en: String) -> EditFailure { EditFailure(.invalid, field: field, fr: fr, en: en) }
    static func notFound(_ field: String, fr: String, en: String) -> EditFailure { EditFailure(.notFound, field: field, fr: fr, en: en) }
    static func refused(_ field: String, fr: String, en: String) -> EditFailure { EditFailure(.refused, field: field, fr: fr, en: en) }
    static func unchanged(_ field: String, fr: String, en: String) -> EditFailure { EditFailure(.unchanged, field: field, fr: fr, en: en) }

    static func missingResource(_ field: String, fr: String, en: String) -> EditFailure {
        EditFailure(
            .invalid, field: field, fr: "\(fr) n’est pas chargé : cette modification ne peut être vérifiée",
            en: "\(en) is not loaded: this change cannot be checked")
    }
}

/// Something ambiguous words may name: a code and its label, and for an appellation its fiche, so a
/// person choosing among candidates sees which métier each one belongs to.
public struct EditCandidate: Sendable, Equatable, Codable {
    public var code: String
    public var label: String
    public var fiche: String?
    public var score: Double

    public init(code: String, label: String, fiche: String? = nil, score: Double) {
        self.code = code
        self.label = label
        self.fiche = fiche
        self.score = score
    }

    /// `code label (fiche)`, as a sentence lists it.
    public var listed: String { "\(code) \(label)" + (fiche.map { " (\($0))" } ?? "") }
}

extension EditFailure {
    /// A door that knows edits answers more precisely (`exitCode`, `Problem.refusedEdit`); this is the fallback.
    public var failureKind: FailureKind {
        switch kind {
        case .invalid, .ambiguous: .usage
        case .notFound: .notFound
        case .refused, .unchanged: .invalidInput
        }
    }
}
