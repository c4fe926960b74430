/// One congruence index computed for a person and an environment, with what it is made of: the
/// index's own (published) value and the best value reachable against that environment.
public struct Congruence: Hashable, Sendable {
    public let index: CongruenceIndex
    public let person: HollandCode
    public let environment: HollandCode
    /// The index as its authors define it (0…28, 0…18 or 0…6 for three-letter codes).
    public let raw: Int
    /// The best `raw` any person could get against `environment` (always positive).
    public let maximum: Int

    /// `raw / maximum`, in 0…1: 1 when the person's leading letters are exactly the environment's code.
    public var value: Double { Double(raw) / Double(maximum) }
}
