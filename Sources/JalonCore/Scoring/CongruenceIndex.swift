/// The three published indices of agreement between a person's Holland code and an environment's
/// (here, a ROME fiche). Formulas, sources and the adaptation to ROME's short codes: <doc:CongruenceIndices>.
public enum CongruenceIndex: String, CaseIterable, Sendable, Codable {
    /// Iachan (1984), the M index: weighted matches of letters by position, 0…28.
    case iachan
    /// Brown & Gore (1994), the C index: hexagon distance at each position, weighted 3-2-1, 0…18.
    case brownGore
    /// Zener & Schnuelle (1976): an ordinal scale of letter agreement, 0…6.
    case zenerSchnuelle

    /// The index as published, on codes whose missing places (past a short code's end) match nothing.
    public func raw(person: HollandCode, environment: HollandCode) -> Int {
        switch self {
        case .iachan: IachanIndex.raw(person: person, environment: environment)
        case .brownGore: BrownGoreIndex.raw(person: person, environment: environment)
        case .zenerSchnuelle: ZenerSchnuelleIndex.raw(person: person, environment: environment)
        }
    }

    /// The best raw value any person can reach against `environment`: that of a person whose code
    /// begins with the environment's own letters. For a three-letter code it is the published
    /// maximum (28, 18, 6); for ROME's one- or two-letter codes it is lower, and dividing by it is
    /// what puts every fiche on the same 0…1 scale.
    public func maximum(against environment: HollandCode) -> Int {
        raw(person: environment, environment: environment)
    }

    public func congruence(person: HollandCode, environment: HollandCode) -> Congruence {
        Congruence(
            index: self, person: person, environment: environment,
            raw: raw(person: person, environment: environment), maximum: maximum(against: environment))
    }
}
