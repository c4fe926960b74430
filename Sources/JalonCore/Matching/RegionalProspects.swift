/// The preference « métiers qui recrutent dans ma région », as matching reads it: the Dares tension of
/// each fiche's family in the person's place (département, else region, else France: the catalogue's
/// fallback), by fiche. Made by JalonCatalogue from the project's profile; absent when the preference is off.
public struct RegionalProspects: Sendable, Equatable {
    /// The figure used for each fiche that has one; a fiche missing here has no published figure.
    public var tensions: [RomeCode: MetierTension]

    public init(tensions: [RomeCode: MetierTension]) {
        self.tensions = tensions
    }

    /// D of a fiche (``MatchingWeights/debouches(category:)``).
    public func value(of code: RomeCode) -> Double { MatchingWeights.debouches(category: tensions[code]?.category) }
}
