/// Holland's six interest types, in the hexagon's order R-I-A-S-E-C (the order matters for the
/// congruence indices, which measure distance around the hexagon).
public enum RiasecType: String, CaseIterable, Sendable, Codable, Comparable {
    case realiste = "R"
    case investigateur = "I"
    case artistique = "A"
    case social = "S"
    case entreprenant = "E"
    case conventionnel = "C"

    public init?(letter: Character) { self.init(rawValue: String(letter)) }

    /// Position on the hexagon, 0…5.
    public var hexagonIndex: Int { Self.allCases.firstIndex(of: self)! }

    public var frenchName: String {
        switch self {
        case .realiste: "Réaliste"
        case .investigateur: "Investigateur"
        case .artistique: "Artistique"
        case .social: "Social"
        case .entreprenant: "Entreprenant"
        case .conventionnel: "Conventionnel"
        }
    }

    public static func < (lhs: RiasecType, rhs: RiasecType) -> Bool { lhs.hexagonIndex < rhs.hexagonIndex }
}
