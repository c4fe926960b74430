/// What a search document is, as stored in the index.
enum SearchKindCode: Int {
    case fiche = 0, appellation, competence, savoir, certification
}

/// The families a user can restrict a search to (`--kind`).
public enum SearchKind: String, Sendable, CaseIterable {
    case metier
    case competence
    case certification

    var codes: Set<SearchKindCode> {
        switch self {
        case .metier: [.fiche, .appellation]
        case .competence: [.competence, .savoir]
        case .certification: [.certification]
        }
    }
}
