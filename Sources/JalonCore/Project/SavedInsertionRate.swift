/// The InserJeunes figures shown for a step: percentages in employment 6, 12, 18 and 24 months after
/// leaving, and in further study, for one region (or France) and one cohort. Each is nil where
/// InserJeunes publishes none (small cohorts).
public struct SavedInsertionRate: Hashable, Sendable {
    public enum Perimetre: Hashable, Sendable, CustomStringConvertible {
        case national
        /// An INSEE region code, two digits ("27" is Bourgogne-Franche-Comté).
        case region(String)

        /// `national` or two digits; nil otherwise.
        public init?(_ text: String) {
            if text == "national" { self = .national; return }
            guard text.count == 2, text.allSatisfy(\.isASCIIDigitCharacter) else { return nil }
            self = .region(text)
        }

        public var description: String {
            switch self {
            case .national: "national"
            case .region(let code): code
            }
        }
    }

    /// InserJeunes' route the figures come from (school leavers or apprentices).
    public typealias Voie = InsertionRate.Voie

    public var perimetre: Perimetre
    /// The cohort as InserJeunes writes it (`2022_2023`), or a single year.
    public var millesime: String
    public var voie: Voie?
    public var emploi6Mois: Int?
    public var emploi12Mois: Int?
    public var emploi18Mois: Int?
    public var emploi24Mois: Int?
    public var poursuiteEtudes: Int?

    public init(
        perimetre: Perimetre, millesime: String, voie: Voie? = nil, emploi6Mois: Int? = nil,
        emploi12Mois: Int? = nil, emploi18Mois: Int? = nil, emploi24Mois: Int? = nil,
        poursuiteEtudes: Int? = nil
    ) {
        self.perimetre = perimetre
        self.millesime = millesime
        self.voie = voie
        self.emploi6Mois = emploi6Mois
        self.emploi12Mois = emploi12Mois
        self.emploi18Mois = emploi18Mois
        self.emploi24Mois = emploi24Mois
        self.poursuiteEtudes = poursuiteEtudes
    }
}
