import JalonCore

/// One line of a counsellor's caseload review: a dossier or project document summarised to what a
/// review shows, or the reason the file could not be read. A row is small on purpose: the review
/// keeps rows, never documents, so a caseload of any size fits in memory.
public struct CaseloadRow: Hashable, Sendable {
    /// The path as the review found it (as given, or under a folder given).
    public var file: String
    public var content: Content

    public enum Content: Hashable, Sendable {
        case summary(CaseloadSummary)
        case unreadable(CaseloadReadError)
    }

    public init(file: String, content: Content) {
        self.file = file
        self.content = content
    }

    public var summary: CaseloadSummary? {
        if case .summary(let summary) = content { return summary }
        return nil
    }

    public var readError: CaseloadReadError? {
        if case .unreadable(let error) = content { return error }
        return nil
    }
}

/// What a review shows of one readable file.
public struct CaseloadSummary: Hashable, Sendable {
    public enum Kind: String, Hashable, Sendable {
        /// An XML dossier (`urn:jalon:dossier:1`): minimised, fingerprinted.
        case dossier
        /// A full project document (`urn:jalon:project:1`).
        case project
    }

    public var kind: Kind
    public var projectID: ProjectID
    /// The name when the document carries it (a dossier: only when shared), else the pseudonym.
    public var person: String
    public var currentStep: Step
    /// Kept pistes by rank (unranked last, in document order).
    public var keptTargets: [Piste]
    /// The last revision's date for a dossier, else `metadata.updated`.
    public var lastChange: Timestamp
    /// Whole days from `lastChange` to the review's `now` (0 when in the future).
    public var daysSinceChange: Int
    /// Steps marked *à revoir*, in journey order.
    public var staleSteps: [Step]
    public var inconsistencies: [ProjectInconsistency]
    /// For a dossier: whether its stated fingerprint matches its project. Nil for a project document.
    public var fingerprintIntact: Bool?
    public var flags: [CaseloadFlag]
}

/// Why a file of the caseload could not be read: where (1-based, 0 when unknown) and what.
public struct CaseloadReadError: Hashable, Sendable {
    public var line: Int
    public var column: Int
    /// The sentence, without the file name and position, in the review's language.
    public var message: String

    public init(line: Int = 0, column: Int = 0, message: String) {
        self.line = line
        self.column = column
        self.message = message
    }

    /// `LINE:COL: message`, or the message alone when the position is unknown.
    public var positioned: String {
        guard line > 0 else { return message }
        return column > 0 ? "\(line):\(column): \(message)" : "\(line): \(message)"
    }
}
