/// The catalogue reduced to what métier matching reads, as dense arrays indexed by fiche row (fiches
/// sorted by code) so that scoring every fiche is a few passes over contiguous memory.
///
/// Built once per process from the catalogue (`Catalogue.matchingIndex()` in JalonCatalogue) or from
/// hand-written entries; immutable and `Sendable`. Formulas: <doc:Matching>.
public struct MatchingIndex: Sendable, Equatable {
    // MARK: Fiches (row = position in `codes`)

    public let codes: [RomeCode]
    public let labels: [String]
    public let hollandCodes: [HollandCode?]
    public let isRegulated: [Bool]
    /// Levels of the active certifications leading to each fiche, distinct, ascending.
    public let certificationLevels: [[Niveau]]
    /// The lowest-level certification of each fiche that admits without a diploma (on equal levels, in
    /// ``EntryRule/Exception`` order), nil when none does.
    public let lowestOpenCertification: [MatchingFicheEntry.OpenCertification?]

    /// The row's class among `hollandClasses`, or -1: congruence depends only on the pair of codes, so
    /// a query computes it once per distinct fiche code (at most 36) instead of once per fiche.
    let hollandClass: [Int32]
    let hollandClasses: [HollandCode]

    // Centre links, CSR: the links of row r are `centreStart[r]..<centreStart[r+1]`.
    let centreStart: [Int32]
    let centreCode: [Int32]
    let centrePrincipal: [Bool]
    /// Σ of the link weights of each row (2 principal, 1 otherwise).
    let centreWeightTotal: [Double]

    // Items, CSR over distinct item ids; contextes are left out.
    let itemStart: [Int32]
    let itemID: [Int32]
    let itemCoeur: [Bool]
    let itemWeight: [Double]
    /// Σ of the item weights of each row.
    let itemWeightTotal: [Double]

    // Mobilités, CSR of target rows in ROME's order.
    let mobiliteStart: [Int32]
    let mobiliteTarget: [Int32]

    // MARK: Distinct items (id = position)

    public let itemOgr: [OgrCode]
    public let itemLabel: [String]
    public let itemRubrique: [FicheItem.Rubrique]
    /// Where the item reads the credit of related skills in ``MatchingQuery/related``: its own slot in the
    /// first half for a macro-compétence (its detailed compétences credit it), its macro's slot in the
    /// second half for a detailed compétence.
    let itemRelated: [Int32]
    /// The id of the item's macro-compétence (itself for a macro, a savoir or an unknown family).
    let itemFamily: [Int32]
    let itemIDByOgr: [OgrCode: Int32]

    // MARK: Lookups

    let rowByCode: [RomeCode: Int32]
    let rowByAppellation: [OgrCode: Int32]
    /// Labels of the 30 centres d'intérêt, for explanations.
    public let centreLabels: [CentreInteretCode: String]

    /// - Parameters:
    ///   - fiches: one entry per fiche (duplicates by code: the first is kept).
    ///   - appellations: appellation → fiche, for experiences; unknown fiches are skipped.
    ///   - families: compétence → its macro-compétence (ROME's `code_ogr_macro_comp`).
    ///   - centreLabels: the statements of the centres d'intérêt, for explanations.
    public init(fiches: [MatchingFicheEntry], appellations: [OgrCode: RomeCode] = [:], families: [OgrCode: OgrCode] = [:],
                centreLabels: [CentreInteretCode: String] = [:]) {
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
        var rows: [RomeCode: Int32] = [:]
        for (row, code) in codes.enumerated() { rows[code] = Int32(row) }
        rowByCode = rows

        var classes: [HollandCode] = []
        hollandClass = hollandCodes.map { code in
            guard let code else { return -1 }
            if let found = classes.firstIndex(of: code) { return Int32(found) }
            classes.append(code)
            return Int32(classes.count - 1)
        }
        hollandClasses = classes

        let centres = CentreColumns(entries)
        centreStart = centres.start
        centreCode = centres.code
        centrePrincipal = centres.principal
        centreWeightTotal = centres.total

        let items = ItemColumns(entries, families: families)
        itemStart = items.start
        itemID = items.id
        itemCoeur = items.coeur
        itemWeight = items.weight
        itemWeightTotal = items.total
        itemOgr = items.ogrs
        itemLabel = items.labels
        itemRubrique = items.rubriques
        itemIDByOgr = items.ids
        itemFamily = items.family
        familyCount = items.familyCount
        familyIDByOgr = items.familyIDs
        itemRelated = items.family.enumerated().map { id, slot in Int32(id) == slot ? slot : slot + Int32(items.familyCount) }
        self.families = families

        let mobilites = MobiliteColumns(entries, rows: rows)
        mobiliteStart = mobilites.start
        mobiliteTarget = mobilites.target

        rowByAppellation = appellations.compactMapValues { rows[$0] }
        self.centreLabels = centreLabels
    }

    /// Number of family slots (items plus macro-compétences no fiche lists).
    let familyCount: Int
    let familyIDByOgr: [OgrCode: Int32]
    /// Kept so that a skill the fiches never list still finds its family.
    let families: [OgrCode: OgrCode]

    // MARK: Public reading

    public var ficheCount: Int { codes.count }
    public var itemCount: Int { itemOgr.count }

    public func row(of code: RomeCode) -> Int? { rowByCode[code].map(Int.init) }

    /// The fiche an appellation points to.
    public func fiche(ofAppellation ogr: OgrCode) -> RomeCode? { rowByAppellation[ogr].map { codes[Int($0)] } }

    /// The label of an item some fiche lists.
    public func itemLabel(of ogr: OgrCode) -> String? { itemIDByOgr[ogr].map { itemLabel[Int($0)] } }

    /// The fiches reachable from a fiche by ROME mobilités, in ROME's order.
    public func mobilites(of code: RomeCode) -> [RomeCode] {
        guard let row = row(of: code) else { return [] }
        return mobiliteRange(row).map { codes[Int(mobiliteTarget[$0])] }
    }

    /// The cœur-de-métier items of a fiche (distinct item ids).
    func coeurItems(row: Int) -> [Int32] { itemRange(row).filter { itemCoeur[$0] }.map { itemID[$0] } }

    func centreRange(_ row: Int) -> Range<Int> { Int(centreStart[row])..<Int(centreStart[row + 1]) }
    func itemRange(_ row: Int) -> Range<Int> { Int(itemStart[row])..<Int(itemStart[row + 1]) }
    func mobiliteRange(_ row: Int) -> Range<Int> { Int(mobiliteStart[row])..<Int(mobiliteStart[row + 1]) }

    /// True for a detailed compétence (one with a macro-compétence above it).
    func isDetailed(_ ogr: OgrCode) -> Bool { families[ogr].map { $0 != ogr } ?? false }

    /// The family slot of any compétence, including one no fiche lists (nil: unknown to the index).
    func familySlot(of ogr: OgrCode) -> Int32? {
        if let id = itemIDByOgr[ogr] { return itemFamily[Int(id)] }
        let macro = families[ogr] ?? ogr
        return itemIDByOgr[macro] ?? familyIDByOgr[macro]
    }
}
