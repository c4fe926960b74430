/// What the matching index needs of one fiche, as the catalogue gives it. The services layer fills it
/// from the catalogue; tests write small ones by hand.
public struct MatchingFicheEntry: Sendable, Equatable {
    public var code: RomeCode
    public var label: String
    public var riasecMajor: RiasecType?
    public var riasecMinor: RiasecType?
    /// The centres d'intérêt linked to the fiche (`isPrincipal` when ROME marks the link principal).
    public var centres: [RomeCentreInteretLink]
    /// Compétences, savoirs and contextes; contextes are kept out of the skill fit.
    public var items: [FicheItem]
    /// Levels of the active certifications that lead to the fiche (any order, repeats allowed).
    public var certificationLevels: [Niveau]
    /// Those of them that admit without a diploma (``EntryRule``), with their exception: one step from
    /// any lower level (``LevelSteps/steps(from:to:admitsWithoutDiploma:)``).
    public var openCertifications: [OpenCertification]
    /// ROME's `emploi_reglemente` flag (nil, unknown, counts as not regulated).
    public var isRegulated: Bool
    /// ROME's mobilités from this fiche (any order: the index sorts them by `order`).
    public var mobilites: [Mobilite]

    public init(
        code: RomeCode, label: String, riasecMajor: RiasecType? = nil, riasecMinor: RiasecType? = nil,
        centres: [RomeCentreInteretLink] = [], items: [FicheItem] = [], certificationLevels: [Niveau] = [],
        openCertifications: [OpenCertification] = [], isRegulated: Bool = false, mobilites: [Mobilite] = []
    ) {
        self.code = code
        self.label = label
        self.riasecMajor = riasecMajor
        self.riasecMinor = riasecMinor
        self.centres = centres
        self.items = items
        self.certificationLevels = certificationLevels
        self.openCertifications = openCertifications
        self.isRegulated = isRegulated
        self.mobilites = mobilites
    }

    /// A certification of the fiche admitting without a diploma, as matching needs it: its level and why.
    public struct OpenCertification: Sendable, Equatable {
        public var niveau: Niveau
        public var exception: EntryRule.Exception

        public init(niveau: Niveau, exception: EntryRule.Exception) {
            self.niveau = niveau
            self.exception = exception
        }
    }

    /// The fiche's RIASEC code, when ROME gives a major type.
    public var hollandCode: HollandCode? { riasecMajor.map { HollandCode(major: $0, minor: riasecMinor) } }
}

/// Everything a ``MatchingIndex`` is built from.
public struct MatchingIndexSource: Sendable, Equatable {
    public var fiches: [MatchingFicheEntry]
    /// Appellation → fiche, for experiences.
    public var appellations: [OgrCode: RomeCode]
    /// Compétence → its macro-compétence (ROME's `code_ogr_macro_comp`).
    public var families: [OgrCode: OgrCode]
    public var centreLabels: [CentreInteretCode: String]

    public init(
        fiches: [MatchingFicheEntry], appellations: [OgrCode: RomeCode] = [:], families: [OgrCode: OgrCode] = [:],
        centreLabels: [CentreInteretCode: String] = [:]
    ) {
        self.fiches = fiches
        self.appellations = appellations
        self.families = families
        self.centreLabels = centreLabels
    }
}

extension MatchingIndex {
    public init(_ source: MatchingIndexSource) {
        self.init(fiches: source.fiches, appellations: source.appellations, families: source.families, centreLabels: source.centreLabels)
    }
}
