/// The seven steps of the journey (GUIDE §3), in their natural order. The raw values are the tokens
/// the project document uses.
public enum Step: String, CaseIterable, Sendable, Comparable, CustomStringConvertible {
    case profil
    case interets
    case competences
    case pistes
    case formations
    case plan
    case synthese

    /// 1…7, as shown to the person ("étape 3 sur 7").
    public var number: Int { Self.allCases.firstIndex(of: self)! + 1 }

    /// The steps whose content is computed from this one and so goes stale when it changes: changing
    /// one's interests makes the suggested pistes, and what follows from them, worth a second look.
    public var downstream: [Step] { Self.allCases.filter { $0 > self } }

    public var frenchTitle: String {
        switch self {
        case .profil: "Profil"
        case .interets: "Intérêts"
        case .competences: "Compétences"
        case .pistes: "Pistes"
        case .formations: "Formations"
        case .plan: "Plan d'action"
        case .synthese: "Synthèse"
        }
    }

    public var description: String { rawValue }
    public static func < (lhs: Step, rhs: Step) -> Bool { lhs.number < rhs.number }
}
