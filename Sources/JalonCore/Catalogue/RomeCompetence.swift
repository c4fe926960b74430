/// A savoir-faire or savoir-être item of the ROME catalogue, possibly a macro-compétence grouping others
/// (a person's own skill in a project is `Competence`).
public struct RomeCompetence: Sendable, Equatable {
    public enum Kind: String, Sendable, Equatable, CaseIterable {
        case savoirFaire = "savoir-faire"
        case savoirEtre = "savoir-être"
    }

    public let ogr: OgrCode
    public let label: String
    public let kind: Kind
    /// ROME's sub-category ("Technique", "Technique expert", "Transverse").
    public let category: String
    public let isMacro: Bool
    /// The macro-compétence this item belongs to; nil for macro-compétences themselves.
    public let macroCompetence: OgrCode?
    /// RIASEC of a macro-compétence (ROME gives none to plain items).
    public let riasecMajor: RiasecType?
    public let riasecMinor: RiasecType?
    public let source: CatalogueSource

    public init(
        ogr: OgrCode, label: String, kind: Kind, category: String, isMacro: Bool, macroCompetence: OgrCode?,
        riasecMajor: RiasecType?, riasecMinor: RiasecType?, source: CatalogueSource
    ) {
        self.ogr = ogr
        self.label = label
        self.kind = kind
        self.category = category
        self.isMacro = isMacro
        self.macroCompetence = macroCompetence
        self.riasecMajor = riasecMajor
        self.riasecMinor = riasecMinor
        self.source = source
    }
}
