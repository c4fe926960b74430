/// The catalogue reduced to what métier matching reads, as dense arrays indexed by fiche row (fiches
/// sorted by code) so that scoring every fiche is a few passes over contiguous memory.
///
/// Built once per process from the catalogue (`Catalogue.matchingIndex()` in JalonCatalog) or from
/// hand-written entries; immutable and `Sendable`. Formulas: <doc:Matching>.
public struct MatchingIndex: Sendable, Equatable {
    // MARK: Fiches (row = position in `codes`)

    public let codes: [RomeCode]
    public let labels: [String]
    public let hollandCodes: [HollandCode?]
    public let isRegulated: [Bool]
    /// Levels of the active certifications leading to each fiche, distinct, ascending.
    public let certificationLevels: [[Niveau]]

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

        var centreStart: [Int32] = [0], centreCode: [Int32] = [], centrePrincipal: [Bool] = [], centreTotal: [Double] = []
        for entry in entries {
            // One link per centre; principal wins when the catalogue repeats one.
            var links: [CentreInteretCode: Bool] = [:]
            for link in entry.centres { links[link.centreInteret] = (links[link.centreInteret] ?? false) || link.isPrincipal }
            var total = 0.0
            for (centre, principal) in links.sorted(by: { $0.key < $1.key }) {
                centreCode.append(Int32(centre.rawValue))
                centrePrincipal.append(principal)
                total += principal ? MatchingWeights.principalCentre : 1
            }
            centreStart.append(Int32(centreCode.count))
            centreTotal.append(total)
        }
        self.centreStart = centreStart
        self.centreCode = centreCode
        self.centrePrincipal = centrePrincipal
        centreWeightTotal = centreTotal

        var ids: [OgrCode: Int32] = [:], ogrs: [OgrCode] = [], itemLabels: [String] = [], rubriques: [FicheItem.Rubrique] = []
        var itemStart: [Int32] = [0], itemID: [Int32] = [], itemCoeur: [Bool] = [], itemWeight: [Double] = [], itemTotal: [Double] = []
        for entry in entries {
            var inFiche = Set<OgrCode>(), total = 0.0
            for item in entry.items where item.rubrique != .contexte && inFiche.insert(item.ogr).inserted {
                let id: Int32
                if let known = ids[item.ogr] { id = known } else {
                    id = Int32(ogrs.count)
                    ids[item.ogr] = id
                    ogrs.append(item.ogr)
                    itemLabels.append(item.label)
                    rubriques.append(item.rubrique)
                }
                let weight = MatchingWeights.rubrique(item.rubrique) * (item.isCoeurDeMetier ? MatchingWeights.coeurDeMetier : 1)
                itemID.append(id)
                itemCoeur.append(item.isCoeurDeMetier)
                itemWeight.append(weight)
                total += weight
            }
            itemStart.append(Int32(itemID.count))
            itemTotal.append(total)
        }
        // A family is known by its macro's item id; a macro no fiche lists gets an id past the items.
        var familyIDs: [OgrCode: Int32] = [:]
        itemFamily = ogrs.enumerated().map { id, ogr in
            let macro = families[ogr] ?? ogr
            if let known = ids[macro] { return known }
            if let known = familyIDs[macro] { return known }
            let new = Int32(ogrs.count + familyIDs.count)
            familyIDs[macro] = new
            return new
        }
        self.familyCount = ogrs.count + familyIDs.count
        self.familyIDByOgr = familyIDs
        itemIDByOgr = ids
        itemOgr = ogrs
        itemLabel = itemLabels
        itemRubrique = rubriques
        self.itemStart = itemStart
        self.itemID = itemID
        self.itemCoeur = itemCoeur
        self.itemWeight = itemWeight
        itemWeightTotal = itemTotal
        self.families = families

        var mobiliteStart: [Int32] = [0], mobiliteTarget: [Int32] = []
        for (row, entry) in entries.enumerated() {
            for mobilite in entry.mobilites.sorted(by: { ($0.order, $0.target) < ($1.order, $1.target) }) {
                if let target = rows[mobilite.target], target != Int32(row),
                   !mobiliteTarget[Int(mobiliteStart.last!)...].contains(target) {
                    mobiliteTarget.append(target)
                }
            }
            mobiliteStart.append(Int32(mobiliteTarget.count))
        }
        self.mobiliteStart = mobiliteStart
        self.mobiliteTarget = mobiliteTarget

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

    /// The family slot of any compétence, including one no fiche lists (nil: unknown to the index).
    func familySlot(of ogr: OgrCode) -> Int32? {
        if let id = itemIDByOgr[ogr] { return itemFamily[Int(id)] }
        let macro = families[ogr] ?? ogr
        return itemIDByOgr[macro] ?? familyIDByOgr[macro]
    }
}
