/// The catalogue reduced to what métier matching reads, as dense arrays indexed by fiche row (fiches
/// sorted by code) so that scoring every fiche is a few passes over contiguous memory.
///
/// Read from the catalogue artifact (`Catalogue.matchingIndex()` in JalonCatalogue, which stores its
/// ``MatchingIndexLayout``) or built from hand-written entries; immutable and `Sendable`. Formulas: <doc:Matching>.
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
    public init(
        fiches: [MatchingFicheEntry], appellations: [OgrCode: RomeCode] = [:], families: [OgrCode: OgrCode] = [:],
        centreLabels: [CentreInteretCode: String] = [:]
    ) {
        self.init(layout: MatchingIndexLayout(fiches: fiches, appellations: appellations, families: families, centreLabels: centreLabels))
    }

    /// The index over a layout built here or read from the catalogue artifact: what the layout leaves
    /// out (weights, reverse lookups) is derived here, in a few milliseconds.
    public init(layout: MatchingIndexLayout) {
        codes = layout.codes
        labels = layout.labels
        hollandCodes = layout.hollandCodes
        isRegulated = layout.isRegulated
        certificationLevels = layout.certificationLevels
        lowestOpenCertification = layout.lowestOpenCertification
        rowByCode = MatchingIndexLayout.rows(of: layout.codes)

        var classes: [HollandCode] = []
        hollandClass = hollandCodes.map { code in
            guard let code else { return -1 }
            if let found = classes.firstIndex(of: code) { return Int32(found) }
            classes.append(code)
            return Int32(classes.count - 1)
        }
        hollandClasses = classes

        centreStart = layout.centreStart
        centreCode = layout.centreCode
        centrePrincipal = layout.centrePrincipal
        centreWeightTotal = (0..<layout.ficheCount).map { row in
            layout.centrePrincipal[Int(layout.centreStart[row])..<Int(layout.centreStart[row + 1])]
                .reduce(0.0) { $0 + ($1 ? MatchingWeights.principalCentre : 1) }
        }

        itemStart = layout.itemStart
        itemID = layout.itemID
        itemCoeur = layout.itemCoeur
        itemWeight = zip(layout.itemID, layout.itemCoeur).map { id, coeur in
            MatchingWeights.rubrique(layout.itemRubrique[Int(id)]) * (coeur ? MatchingWeights.coeurDeMetier : 1)
        }
        let weights = itemWeight
        itemWeightTotal = (0..<layout.ficheCount).map { row in
            weights[Int(layout.itemStart[row])..<Int(layout.itemStart[row + 1])].reduce(0.0, +)
        }
        itemOgr = layout.itemOgr
        itemLabel = layout.itemLabel
        itemRubrique = layout.itemRubrique
        var ids: [OgrCode: Int32] = [:]
        ids.reserveCapacity(layout.itemOgr.count)
        for (id, ogr) in layout.itemOgr.enumerated() { ids[ogr] = Int32(id) }
        itemIDByOgr = ids
        itemFamily = layout.itemFamily
        familyCount = layout.itemOgr.count + layout.familyIDByOgr.count
        familyIDByOgr = layout.familyIDByOgr
        let familyCount = familyCount
        itemRelated = layout.itemFamily.enumerated().map { id, slot in Int32(id) == slot ? slot : slot + Int32(familyCount) }
        families = layout.families

        mobiliteStart = layout.mobiliteStart
        mobiliteTarget = layout.mobiliteTarget

        rowByAppellation = layout.rowByAppellation
        centreLabels = layout.centreLabels
    }

    /// What the index keeps of the catalogue: the catalogue importer stores it (``MatchingIndexLayout``).
    public var layout: MatchingIndexLayout {
        MatchingIndexLayout(
            codes: codes, labels: labels, hollandCodes: hollandCodes, isRegulated: isRegulated,
            certificationLevels: certificationLevels, lowestOpenCertification: lowestOpenCertification,
            centreStart: centreStart, centreCode: centreCode, centrePrincipal: centrePrincipal, itemStart: itemStart,
            itemID: itemID, itemCoeur: itemCoeur, mobiliteStart: mobiliteStart, mobiliteTarget: mobiliteTarget,
            itemOgr: itemOgr, itemLabel: itemLabel, itemRubrique: itemRubrique, itemFamily: itemFamily,
            familyIDByOgr: familyIDByOgr, families: families, rowByAppellation: rowByAppellation, centreLabels: centreLabels)
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
