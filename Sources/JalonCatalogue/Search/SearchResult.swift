import JalonCore

/// One ranked answer to a search.
public struct SearchResult: Sendable, Equatable {
    public enum Kind: String, Sendable, Equatable {
        case fiche, appellation, competence, savoir, certification
    }

    public let kind: Kind
    /// ROME code, OGR code or certification code.
    public let code: String
    public let label: String
    /// The fiche a métier result leads to (the fiche itself, or an appellation's fiche).
    public let fiche: RomeCode?
    /// 0…1; higher is better. Comparable within one search only.
    public let score: Double
}
