/// A certification the services layer found for a fiche, with its InserJeunes rates in every region.
public struct CertificationCandidate: Sendable, Equatable {
    public let certification: Certification
    /// The parent fiche when the RNCP links the certification to it rather than to the target.
    public let viaParent: RomeCode?
    /// The fiche it was found through (the target, or another fiche of its domaine for a bridging step).
    public let fiche: RomeCode
    public let rates: [InsertionRate]

    public init(certification: Certification, viaParent: RomeCode?, fiche: RomeCode, rates: [InsertionRate]) {
        self.certification = certification
        self.viaParent = viaParent
        self.fiche = fiche
        self.rates = rates
    }

    public var code: CertificationCode { certification.code }
    public var niveau: Niveau? { certification.niveau }

    /// Leavers of the newest InserJeunes cohort, all regions and routes: how widely the diploma is
    /// delivered, which makes it the better-known intermediate step.
    public var newestLeavers: Int {
        guard let newest = rates.map(\.millesime).max() else { return 0 }
        return rates.filter { $0.millesime == newest }.reduce(0) { $0 + ($1.sortants ?? 0) }
    }
}
