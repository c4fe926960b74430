/// The highest diploma a person holds: a level 3–8, or none at all. Distinct from "not said", which
/// the profil models as a nil `DiplomeLePlusEleve`.
public enum DiplomeLePlusEleve: Hashable, Sendable, CustomStringConvertible {
    case aucun
    case niveau(Niveau)

    /// The document token: `aucun` or the level's digit.
    public var token: String {
        switch self {
        case .aucun: "aucun"
        case .niveau(let niveau): niveau.description
        }
    }

    public init?(token: String) {
        if token == "aucun" {
            self = .aucun
        } else if let value = Int(token), let niveau = Niveau(value) {
            self = .niveau(niveau)
        } else {
            return nil
        }
    }

    public var description: String { token }
}
