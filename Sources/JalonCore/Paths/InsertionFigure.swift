/// The InserJeunes employment rate shown for a path: one figure with where, when and for whom it was
/// measured, so the person can read it for what it is.
public struct InsertionFigure: Sendable, Equatable {
    public enum Scope: Sendable, Equatable {
        /// The person's region (INSEE code).
        case region(String)
        /// Every region that published the figure, weighted by leavers (InserJeunes publishes no
        /// national row): Σ(rate × sortants) / Σ sortants, rounded.
        case national(regions: Int)
    }

    /// Share in employment 12 months after leaving, in percent.
    public let emploi12Mois: Int
    public let millesime: String
    public let voie: InsertionRate.Voie
    public let scope: Scope
    /// Leavers the figure rests on (summed over regions for a national figure).
    public let sortants: Int?
    /// The diploma code (CFD) measured; it may belong to a predecessor certification.
    public let diplomaCode: String
    /// Set when the figure is the replaced certification's (its successor has no cohort yet).
    public let fromPredecessor: CertificationCode?
    public let source: CatalogueSource

    public init(
        emploi12Mois: Int, millesime: String, voie: InsertionRate.Voie, scope: Scope, sortants: Int?, diplomaCode: String,
        fromPredecessor: CertificationCode? = nil, source: CatalogueSource
    ) {
        self.emploi12Mois = emploi12Mois
        self.millesime = millesime
        self.voie = voie
        self.scope = scope
        self.sortants = sortants
        self.diplomaCode = diplomaCode
        self.fromPredecessor = fromPredecessor
        self.source = source
    }
}

extension InsertionFigure {
    /// The InserJeunes routes that measure a voie d'accès, in order of preference. InserJeunes follows
    /// only initial vocational routes; for adults (formation continue, VAE) the apprenticeship figure,
    /// closest to work, is shown as an indication, then the school one.
    static func voies(for voie: Formation.Voie) -> [InsertionRate.Voie] {
        switch voie {
        case .initiale: [.scolaire]
        case .apprentissage: [.apprentissage]
        case .formationContinue, .vae: [.apprentissage, .scolaire]
        }
    }

    /// The figure for `voie`: the person's region first (newest cohort with a 12-month rate), else the
    /// national figure of the newest cohort; each InserJeunes route in `voies(for:)` order.
    static func select(rates: [InsertionRate], voie: Formation.Voie, region: String?, fromPredecessor: CertificationCode? = nil) -> InsertionFigure? {
        for inserJeunesVoie in voies(for: voie) {
            let usable = rates.filter { $0.voie == inserJeunesVoie && $0.emploi12Mois != nil }
            if let region, let best = usable.filter({ $0.region == region }).max(by: Self.olderFirst) {
                return InsertionFigure(emploi12Mois: best.emploi12Mois!, millesime: best.millesime, voie: best.voie, scope: .region(region),
                                       sortants: best.sortants, diplomaCode: best.diplomaCode, fromPredecessor: fromPredecessor, source: best.source)
            }
            if let national = nationalFigure(usable, fromPredecessor: fromPredecessor) { return national }
        }
        return nil
    }

    /// Weighted mean over the regions of the newest cohort that has weighted rows.
    static func nationalFigure(_ rates: [InsertionRate], fromPredecessor: CertificationCode?) -> InsertionFigure? {
        let weighted = rates.filter { ($0.sortants ?? 0) > 0 }
        guard let newest = weighted.map(\.millesime).max() else { return nil }
        let cohort = weighted.filter { $0.millesime == newest }.sorted { ($0.region, $0.diplomaCode) < ($1.region, $1.diplomaCode) }
        let leavers = cohort.reduce(0) { $0 + $1.sortants! }
        let employed = cohort.reduce(0) { $0 + $1.emploi12Mois! * $1.sortants! }
        let first = cohort[0]
        return InsertionFigure(emploi12Mois: Int((Double(employed) / Double(leavers)).rounded()), millesime: newest, voie: first.voie,
                               scope: .national(regions: Set(cohort.map(\.region)).count), sortants: leavers,
                               diplomaCode: first.diplomaCode, fromPredecessor: fromPredecessor, source: first.source)
    }

    /// Older cohort first; within a cohort, more leavers last, then the diploma code, so `max` is deterministic.
    private static func olderFirst(_ a: InsertionRate, _ b: InsertionRate) -> Bool {
        (a.millesime, a.sortants ?? 0, b.diplomaCode) < (b.millesime, b.sortants ?? 0, a.diplomaCode)
    }
}
