/// InserJeunes: what became of those who left a vocational diploma, in one region, by one route, for
/// one cohort (millésime). Rates are percentages; nil where InserJeunes publishes none (small cohorts).
public struct InsertionRate: Sendable, Equatable {
    /// InserJeunes' own routes, which are not the voies d'accès: its figures come from school leavers
    /// (`scolaire`) or apprentices. Saved results (`SavedInsertionRate`) use the same enumeration.
    public enum Voie: String, Sendable, Hashable, CaseIterable, CustomStringConvertible {
        case apprentissage
        case scolaire
        public var description: String { rawValue }
    }

    /// Diploma code (CFD) the rate belongs to; school-route rows are joined to it through MEFSTAT11.
    public let diplomaCode: String
    public let mefstat11: String?
    /// Cohort, as InserJeunes writes it ("2022_2023").
    public let millesime: String
    /// INSEE region code ("27" is Bourgogne-Franche-Comté).
    public let region: String
    public let voie: Voie
    public let emploi6Mois: Int?
    public let emploi12Mois: Int?
    public let emploi18Mois: Int?
    public let emploi24Mois: Int?
    public let poursuiteEtudes: Int?
    public let sortants: Int?
    public let source: CatalogueSource

    public init(
        diplomaCode: String, mefstat11: String?, millesime: String, region: String, voie: Voie,
        emploi6Mois: Int?, emploi12Mois: Int?, emploi18Mois: Int?, emploi24Mois: Int?, poursuiteEtudes: Int?,
        sortants: Int?, source: CatalogueSource
    ) {
        self.diplomaCode = diplomaCode
        self.mefstat11 = mefstat11
        self.millesime = millesime
        self.region = region
        self.voie = voie
        self.emploi6Mois = emploi6Mois
        self.emploi12Mois = emploi12Mois
        self.emploi18Mois = emploi18Mois
        self.emploi24Mois = emploi24Mois
        self.poursuiteEtudes = poursuiteEtudes
        self.sortants = sortants
        self.source = source
    }
}
