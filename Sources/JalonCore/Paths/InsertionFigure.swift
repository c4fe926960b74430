import JalonLocale

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
    /// Leavers the figure rests on (summed over the rows combined).
    public let sortants: Int?
    /// The diploma codes (CFD) measured, sorted; they may belong to a predecessor certification.
    public let diplomaCodes: [String]
    /// Set when the figure is the replaced certification's (its successor has no cohort yet).
    public let fromPredecessor: CertificationCode?
    public let source: CatalogueSource

    public init(
        emploi12Mois: Int, millesime: String, voie: InsertionRate.Voie, scope: Scope, sortants: Int?, diplomaCodes: [String],
        fromPredecessor: CertificationCode? = nil, source: CatalogueSource
    ) {
        self.emploi12Mois = emploi12Mois
        self.millesime = millesime
        self.voie = voie
        self.scope = scope
        self.sortants = sortants
        self.diplomaCodes = diplomaCodes
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

    /// The figure for `voie`: the person's region first (its newest cohort with a 12-month rate), else the
    /// national figure of the newest cohort; each InserJeunes route in `voies(for:)` order. Several rows
    /// of one cohort (school-route MEFSTAT11 variants of a diploma, several diplomas of a certification,
    /// or every region for the national figure) are combined as Σ(rate × sortants) / Σ sortants, rounded.
    static func select(rates: [InsertionRate], voie: Formation.Voie, region: String?, fromPredecessor: CertificationCode? = nil) -> InsertionFigure? {
        for inserJeunesVoie in voies(for: voie) {
            let usable = rates.filter { $0.voie == inserJeunesVoie && $0.emploi12Mois != nil }
            if let region, let figure = combine(usable.filter { $0.region == region }, scope: { _ in .region(region) }, fromPredecessor: fromPredecessor) {
                return figure
            }
            if let figure = combine(usable, scope: { .national(regions: $0) }, fromPredecessor: fromPredecessor) { return figure }
        }
        return nil
    }

    /// The newest cohort of `rows`: one row as published, several weighted by their leavers (rows
    /// without leavers then left out). Nil when nothing can be said.
    static func combine(_ rows: [InsertionRate], scope: (Int) -> Scope, fromPredecessor: CertificationCode?) -> InsertionFigure? {
        guard let newest = rows.map(\.millesime).max() else { return nil }
        let cohort = rows.filter { $0.millesime == newest }
        let codes = Array(Set(cohort.map(\.diplomaCode))).sorted()
        if cohort.count == 1, let row = cohort.first {
            return InsertionFigure(emploi12Mois: row.emploi12Mois!, millesime: newest, voie: row.voie, scope: scope(1), sortants: row.sortants,
                                   diplomaCodes: codes, fromPredecessor: fromPredecessor, source: row.source)
        }
        let weighted = cohort.filter { ($0.sortants ?? 0) > 0 }
        guard let first = weighted.first else { return nil }
        let leavers = weighted.reduce(0) { $0 + $1.sortants! }
        let employed = weighted.reduce(0) { $0 + $1.emploi12Mois! * $1.sortants! }
        return InsertionFigure(emploi12Mois: Int((Double(employed) / Double(leavers)).rounded()), millesime: newest, voie: first.voie,
                               scope: scope(Set(weighted.map(\.region)).count), sortants: leavers,
                               diplomaCodes: Array(Set(weighted.map(\.diplomaCode))).sorted(), fromPredecessor: fromPredecessor, source: first.source)
    }
}

extension InsertionFigure {
    /// "78 % en emploi à 12 mois (apprentissage, Bourgogne-Franche-Comté… région 27, 2022_2023, 49 sortants ; InserJeunes, DEPP / Dares, 2025-03)".
    public func sentence(in language: Language) -> String {
        let place: String = switch scope {
        case .region(let code): language.pick(fr: "région \(code)", en: "region \(code)")
        case .national(let regions): language.pick(fr: "France, \(regions) région(s)", en: "France, \(regions) region(s)")
        }
        let leavers = sortants.map { language.pick(fr: ", \($0) sortants", en: ", \($0) leavers") } ?? ""
        let predecessor = fromPredecessor.map { language.pick(fr: ", chiffre du titre remplacé \($0)", en: ", figure of the replaced title \($0)") } ?? ""
        return language.pick(
            fr: "\(emploi12Mois) % en emploi à 12 mois (\(voie.rawValue), \(place), \(millesime)\(leavers)\(predecessor) ; \(source.publisher), \(source.version))",
            en: "\(emploi12Mois)% in work after 12 months (\(voie.rawValue), \(place), \(millesime)\(leavers)\(predecessor); \(source.publisher), \(source.version))")
    }
}
