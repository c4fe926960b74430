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

    /// Where the figure comes from when it is not the path's own: each one makes it count less
    /// (``PathScore/borrowedShare``) and is said in its sentence.
    public enum Borrowing: Sendable, Equatable {
        /// InserJeunes does not follow the path's route (formation continue, VAE): another route's figure.
        case route(InsertionRate.Voie)
        /// The person's region has no figure: the national one.
        case national(personRegion: String)
        /// The replaced certification's figure (its successor has no cohort yet).
        case predecessor(CertificationCode)
        /// An older cohort than the newest InserJeunes published for this certification and route.
        case olderCohort(newest: String)
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
    /// Empty when the figure is the path's own (its certification, route, the person's region — or
    /// France when the region is not known — and the newest cohort).
    public var borrowed: [Borrowing] = []

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
            var found: InsertionFigure?
            if let region, let figure = combine(usable.filter { $0.region == region }, scope: { _ in .region(region) }, fromPredecessor: fromPredecessor) {
                found = figure
            } else if var figure = combine(usable, scope: { .national(regions: $0) }, fromPredecessor: fromPredecessor) {
                if let region { figure.borrowed.append(.national(personRegion: region)) }
                found = figure
            }
            guard var figure = found else { continue }
            if voie == .formationContinue || voie == .vae { figure.borrowed.insert(.route(inserJeunesVoie), at: 0) }
            if let newest = usable.map(\.millesime).max(), newest > figure.millesime { figure.borrowed.append(.olderCohort(newest: newest)) }
            if let fromPredecessor { figure.borrowed.append(.predecessor(fromPredecessor)) }
            return figure
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
            return InsertionFigure(
                emploi12Mois: row.emploi12Mois!, millesime: newest, voie: row.voie, scope: scope(1), sortants: row.sortants,
                diplomaCodes: codes, fromPredecessor: fromPredecessor, source: row.source)
        }
        let weighted = cohort.filter { ($0.sortants ?? 0) > 0 }
        guard let first = weighted.first else { return nil }
        let leavers = weighted.reduce(0) { $0 + $1.sortants! }
        let employed = weighted.reduce(0) { $0 + $1.emploi12Mois! * $1.sortants! }
        return InsertionFigure(
            emploi12Mois: Int((Double(employed) / Double(leavers)).rounded()), millesime: newest, voie: first.voie,
            scope: scope(Set(weighted.map(\.region)).count), sortants: leavers,
            diplomaCodes: Array(Set(weighted.map(\.diplomaCode))).sorted(), fromPredecessor: fromPredecessor, source: first.source)
    }
}

extension InsertionFigure {
    /// "78 % en emploi à 12 mois (apprentissage, Bourgogne-Franche-Comté… région 27, 2022_2023, 49 sortants ; InserJeunes, DEPP / Dares, 2025-03)".
    public func sentence(in language: Language) -> String {
        let place: String =
            switch scope {
            case .region(let code): language.pick(fr: "région \(code)", en: "region \(code)")
            case .national(let regions): language.pick(fr: "France, \(regions) région(s)", en: "France, \(regions) region(s)")
            }
        let leavers = sortants.map { language.pick(fr: ", \($0) sortants", en: ", \($0) leavers") } ?? ""
        let borrowedText =
            borrowed.isEmpty
            ? ""
            : language.pick(fr: " — chiffre emprunté, compté pour moitié : ", en: " — borrowed figure, counted at half weight: ")
                + borrowed.map { $0.sentence(in: language) }.joined(separator: language.pick(fr: " ; ", en: "; "))
        return language.pick(
            fr:
                "\(emploi12Mois) % en emploi à 12 mois (\(voie.rawValue), \(place), \(millesime)\(leavers) ; \(source.publisher), \(source.version))\(borrowedText)",
            en:
                "\(emploi12Mois)% in work after 12 months (\(voie.rawValue), \(place), \(millesime)\(leavers); \(source.publisher), \(source.version))\(borrowedText)"
        )
    }
}

extension InsertionFigure.Borrowing {
    public func sentence(in language: Language) -> String {
        switch self {
        case .route(let voie):
            language.pick(
                fr: "InserJeunes ne suit pas cette voie, chiffre de la voie \(voie.rawValue)",
                en: "InserJeunes does not follow this route, figure of the \(voie.rawValue) route")
        case .national(let region):
            language.pick(fr: "aucun chiffre pour votre région (\(region)), chiffre national", en: "no figure for your region (\(region)), national figure")
        case .predecessor(let code):
            language.pick(fr: "chiffre du titre remplacé \(code)", en: "figure of the replaced title \(code)")
        case .olderCohort(let newest):
            language.pick(fr: "cohorte plus ancienne que la dernière publiée (\(newest))", en: "older cohort than the newest published (\(newest))")
        }
    }
}
