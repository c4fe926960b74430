/// What a ``MatchingIndex`` takes from the catalogue, once sorted, deduplicated and numbered: fiche rows,
/// distinct items, the CSR links between them and the lookups no fiche order gives. No weight is in it
/// (``MatchingWeights`` are applied when the index is made from it) and no lookup that its arrays imply.
///
/// Building it from the catalogue's entries is most of the 60 ms a process spent on matching; the
/// catalogue importer stores it in the artifact instead, and ``MatchingIndex/init(layout:)`` reads it back.
public struct MatchingIndexLayout: Sendable, Equatable {
    /// Raised whenever a field is added or how ``init(fiches:appellations:families:centreLabels:)`` builds
    /// one changes: a stored layout of another version is not read, the index is rebuilt instead.
    public static let version: UInt32 = 1

    // MARK: Fiches (row = position in `codes`, sorted by code)

    public var codes: [RomeCode]
    public var labels: [String]
    public var hollandCodes: [HollandCode?]
    public var isRegulated: [Bool]
    /// Levels of the active certifications leading to each fiche, distinct, ascending.
    public var certificationLevels: [[Niveau]]
    public var lowestOpenCertification: [MatchingFicheEntry.OpenCertification?]

    /// Centre links, CSR: the links of row r are `centreStart[r]..<centreStart[r+1]`, by centre code.
    public var centreStart: [Int32]
    public var centreCode: [Int32]
    public var centrePrincipal: [Bool]

    /// Item links, CSR over distinct item ids (contextes left out, an item once per fiche).
    public var itemStart: [Int32]
    public var itemID: [Int32]
    public var itemCoeur: [Bool]

    /// Mobilités, CSR of target rows in ROME's order.
    public var mobiliteStart: [Int32]
    public var mobiliteTarget: [Int32]

    // MARK: Distinct items (id = position)

    public var itemOgr: [OgrCode]
    public var itemLabel: [String]
    public var itemRubrique: [FicheItem.Rubrique]
    /// The family slot of each item: its macro-compétence's item id, or a slot of `familyIDByOgr`.
    public var itemFamily: [Int32]

    // MARK: Lookups

    /// Slots of macro-compétences no fiche lists, numbered after the items.
    public var familyIDByOgr: [OgrCode: Int32]
    /// Compétence → its macro-compétence, kept so that a skill the fiches never list still finds its family.
    public var families: [OgrCode: OgrCode]
    public var rowByAppellation: [OgrCode: Int32]
    public var centreLabels: [CentreInteretCode: String]

    public init(
        codes: [RomeCode], labels: [String], hollandCodes: [HollandCode?], isRegulated: [Bool], certificationLevels: [[Niveau]],
        lowestOpenCertification: [MatchingFicheEntry.OpenCertification?], centreStart: [Int32], centreCode: [Int32],
        centrePrincipal: [Bool], itemStart: [Int32], itemID: [Int32], itemCoeur: [Bool], mobiliteStart: [Int32],
        mobiliteTarget: [Int32], itemOgr: [OgrCode], itemLabel: [String], itemRubrique: [FicheItem.Rubrique], itemFamily: [Int32],
        familyIDByOgr: [OgrCode: Int32], families: [OgrCode: OgrCode], rowByAppellation: [OgrCode: Int32],
        centreLabels: [CentreInteretCode: String]
    ) {
        self.codes = codes
        self.labels = labels
        self.hollandCodes = hollandCodes
        self.isRegulated = isRegulated
        self.certificationLevels = certificationLevels
        self.lowestOpenCertification = lowestOpenCertification
        self.centreStart = centreStart
        self.centreCode = centreCode
        self.centrePrincipal = centrePrincipal
        self.itemStart = itemStart
        self.itemID = itemID
        self.itemCoeur = itemCoeur
        self.mobiliteStart = mobiliteStart
        self.mobiliteTarget = mobiliteTarget
        self.itemOgr = itemOgr
        self.itemLabel = itemLabel
        self.itemRubrique = itemRubrique
        self.itemFamily = itemFamily
        self.familyIDByOgr = familyIDByOgr
        self.families = families
        self.rowByAppellation = rowByAppellation
        self.centreLabels = centreLabels
    }

    /// - Parameters:
    ///   - fiches: one entry per fiche (duplicates by code: the first is kept).
    ///   - appellations: appellation → fiche, for experiences; unknown fiches are skipped.
    ///   - families: compétence → its macro-compétence (ROME's `code_ogr_macro_comp`).
    ///   - centreLabels: the statements of the centres d'intérêt, for explanations.
    public init(
        fiches: [MatchingFicheEntry], appellations: [OgrCode: RomeCode] = [:], families: [OgrCode: OgrCode] = [:],
        centreLabels: [CentreInteretCode: String] = [:]
    ) {
        var seen = Set<RomeCode>()
        let entries = fiches.sorted { $0.code < $1.code }.filter { seen.insert($0.code).inserted }
        codes = entries.map(\.code)
        labels = entries.map(\.label)
        hollandCodes = entries.map(\.hollandCode)
        isRegulated = entries.map(\.isRegulated)
        certificationLevels = entries.map { Array(Set($0.certificationLevels)).sorted() }
        let exceptions = EntryRule.Exception.allCases
        lowestOpenCertification = entries.map {
            $0.openCertifications.min { ($0.niveau, exceptions.firstIndex(of: $0.exception)!) < ($1.niveau, exceptions.firstIndex(of: $1.exception)!) }
        }
        let rows = Self.rows(of: codes)

        let centres = CentreColumns(entries)
        centreStart = centres.start
        centreCode = centres.code
        centrePrincipal = centres.principal

        let items = ItemColumns(entries, families: families)
        itemStart = items.start
        itemID = items.id
        itemCoeur = items.coeur
        itemOgr = items.ogrs
        itemLabel = items.labels
        itemRubrique = items.rubriques
        itemFamily = items.family
        familyIDByOgr = items.familyIDs
        self.families = families

        let mobilites = MobiliteColumns(entries, rows: rows)
        mobiliteStart = mobilites.start
        mobiliteTarget = mobilites.target

        rowByAppellation = appellations.compactMapValues { rows[$0] }
        self.centreLabels = centreLabels
    }

    public var ficheCount: Int { codes.count }

    /// Fiche code → row.
    static func rows(of codes: [RomeCode]) -> [RomeCode: Int32] {
        var rows: [RomeCode: Int32] = [:]
        rows.reserveCapacity(codes.count)
        for (row, code) in codes.enumerated() { rows[code] = Int32(row) }
        return rows
    }
}
