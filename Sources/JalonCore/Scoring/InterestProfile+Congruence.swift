extension InterestProfile {
    /// The three indices between this profile's code and an environment's (a ROME fiche's), in the
    /// order Iachan, Brown & Gore, Zener & Schnuelle. The profile's warnings still apply: an undifferentiated
    /// profile makes every index fragile.
    public func congruences(with environment: HollandCode) -> [Congruence] {
        CongruenceIndex.allCases.map { $0.congruence(person: code, environment: environment) }
    }
}
