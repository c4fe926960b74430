import JalonCore

/// JalonCore's `MatchingIndexLayout` as sections of the artifact (`match.*`), so that a process reads the
/// matching index instead of rebuilding it from the tables (60 ms of each `metiers` call). Strings are
/// references into the catalogue's pool: every label of the layout is a string the import interned.
enum MatchingLayoutSections {
    static let version = "match.version"
    static let fiches = "match.fiches"
    static let levels = "match.levels"
    static let centres = "match.centres"
    static let links = "match.links"
    static let mobilites = "match.mobilites"
    static let items = "match.items"
    static let familyIDs = "match.familyids"
    static let families = "match.families"
    static let appellations = "match.appel"
    static let centreLabels = "match.centrelabs"

    /// Writes the layout; `ref` gives the pool reference of a label (all are interned already).
    static func write(_ layout: MatchingIndexLayout, ref: (String) -> StringRef, to writer: inout ArtifactWriter) {
        writer.addSection(version, words: [MatchingIndexLayout.version])
        var fiches = TableBuilder<MatchFicheColumn>()
        var levels = RelationBuilder(arity: 1), centres = RelationBuilder(arity: 2), links = RelationBuilder(arity: 2)
        var mobilites = RelationBuilder(arity: 1)
        for row in 0..<layout.ficheCount {
            let holland = layout.hollandCodes[row]?.letters ?? []
            let open = layout.lowestOpenCertification[row]
            fiches.append([
                .code: ref(layout.codes[row].rawValue), .label: ref(layout.labels[row]),
                .riasecMajor: holland.first.map(riasecWord) ?? 0, .riasecMinor: holland.dropFirst().first.map(riasecWord) ?? 0,
                .regulated: layout.isRegulated[row] ? 1 : 0, .openNiveau: UInt32(open?.niveau.rawValue ?? 0),
                .openException: open.map { UInt32(EntryRule.Exception.allCases.firstIndex(of: $0.exception)!) } ?? 0
            ])
            levels.appendOwner(layout.certificationLevels[row].map { UInt32($0.rawValue) })
            let centreRange = Int(layout.centreStart[row])..<Int(layout.centreStart[row + 1])
            centres.appendOwner(centreRange.flatMap { [UInt32(layout.centreCode[$0]), layout.centrePrincipal[$0] ? 1 : 0] })
            let itemRange = Int(layout.itemStart[row])..<Int(layout.itemStart[row + 1])
            links.appendOwner(itemRange.flatMap { [UInt32(layout.itemID[$0]), layout.itemCoeur[$0] ? 1 : 0] })
            mobilites.appendOwner(layout.mobiliteTarget[Int(layout.mobiliteStart[row])..<Int(layout.mobiliteStart[row + 1])].map { UInt32($0) })
        }
        fiches.write(Self.fiches, to: &writer)
        levels.write(Self.levels, to: &writer)
        centres.write(Self.centres, to: &writer)
        links.write(Self.links, to: &writer)
        mobilites.write(Self.mobilites, to: &writer)
        var items = TableBuilder<MatchItemColumn>()
        for id in layout.itemOgr.indices {
            items.append([
                .ogr: UInt32(layout.itemOgr[id].rawValue), .label: ref(layout.itemLabel[id]),
                .rubrique: UInt32(FicheItem.Rubrique.allCases.firstIndex(of: layout.itemRubrique[id])!),
                .family: UInt32(layout.itemFamily[id])
            ])
        }
        items.write(Self.items, to: &writer)
        // Dictionaries by key, so that the same import gives the same bytes.
        writePairs(layout.familyIDByOgr.map { (UInt32($0.key.rawValue), UInt32($0.value)) }, Self.familyIDs, to: &writer)
        writePairs(layout.families.map { (UInt32($0.key.rawValue), UInt32($0.value.rawValue)) }, Self.families, to: &writer)
        writePairs(layout.rowByAppellation.map { (UInt32($0.key.rawValue), UInt32($0.value)) }, Self.appellations, to: &writer)
        writePairs(layout.centreLabels.map { (UInt32($0.key.rawValue), ref($0.value)) }, Self.centreLabels, to: &writer)
    }

    private static func riasecWord(_ type: RiasecType) -> UInt32 { UInt32(RiasecType.allCases.firstIndex(of: type)! + 1) }

    private static func writePairs(_ pairs: [(UInt32, UInt32)], _ name: String, to writer: inout ArtifactWriter) {
        var table = TableBuilder<PairColumn>()
        for (key, value) in pairs.sorted(by: { $0.0 < $1.0 }) { table.append([.key: key, .value: value]) }
        table.write(name, to: &writer)
    }
}

enum MatchFicheColumn: Int, TableColumns {
    case code, label
    /// 0 none, or 1 + index in `RiasecType.allCases`, as the fiches table writes them.
    case riasecMajor, riasecMinor
    case regulated
    /// The lowest certification admitting without a diploma: its level (0 none) and its exception
    /// (index in `EntryRule.Exception.allCases`).
    case openNiveau, openException
}

enum MatchItemColumn: Int, TableColumns {
    case ogr, label
    /// Index in `FicheItem.Rubrique.allCases`.
    case rubrique
    case family
}

/// A dictionary entry, sorted by key.
enum PairColumn: Int, TableColumns { case key, value }

/// The stored layout's sections, viewed in place when the catalogue is opened (nothing is read until
/// ``layout(strings:source:)``).
struct StoredMatchingLayout: Sendable {
    let fiches: Table<MatchFicheColumn>
    let levels, centres, links, mobilites: Relation
    let items: Table<MatchItemColumn>
    let familyIDs, families, appellations, centreLabels: Table<PairColumn>

    /// Nil when the artifact stores no layout of this version (the index is then rebuilt from the tables).
    init?(reader: ArtifactReader) throws(CatalogueError) {
        typealias S = MatchingLayoutSections
        guard reader.contains(S.version), let version = try reader.words(S.version).first, version == MatchingIndexLayout.version else {
            return nil
        }
        fiches = try Table(reader: reader, name: S.fiches)
        levels = try Relation(reader: reader, name: S.levels)
        centres = try Relation(reader: reader, name: S.centres)
        links = try Relation(reader: reader, name: S.links)
        mobilites = try Relation(reader: reader, name: S.mobilites)
        items = try Table(reader: reader, name: S.items)
        familyIDs = try Table(reader: reader, name: S.familyIDs)
        families = try Table(reader: reader, name: S.families)
        appellations = try Table(reader: reader, name: S.appellations)
        centreLabels = try Table(reader: reader, name: S.centreLabels)
        let ficheCount = fiches.count
        guard [levels, centres, links, mobilites].allSatisfy({ $0.ownerCount == ficheCount }) else {
            throw .corrupt(path: reader.source, detail: "match")
        }
    }

    /// Decodes the layout, checking every row and id it refers to (a corrupt file fails here, not in the ranking).
    func layout(strings: StringPool, source: String) throws(CatalogueError) -> MatchingIndexLayout {
        let corrupt = CatalogueError.corrupt(path: source, detail: "match")
        let ficheCount = fiches.count, itemCount = items.count
        let riasec = { (word: UInt32) throws(CatalogueError) -> RiasecType? in
            guard word <= RiasecType.allCases.count else { throw corrupt }
            return word == 0 ? nil : RiasecType.allCases[Int(word) - 1]
        }
        var codes: [RomeCode] = [], labels: [String] = [], hollandCodes: [HollandCode?] = [], regulated: [Bool] = []
        var levels: [[Niveau]] = [], open: [MatchingFicheEntry.OpenCertification?] = []
        for row in 0..<ficheCount {
            guard let code = RomeCode(strings[fiches[row, .code]]) else { throw corrupt }
            codes.append(code)
            labels.append(strings[fiches[row, .label]])
            let major = try riasec(fiches[row, .riasecMajor]), minor = try riasec(fiches[row, .riasecMinor])
            hollandCodes.append(major.map { HollandCode(major: $0, minor: minor) })
            regulated.append(fiches[row, .regulated] == 1)
            var fiche: [Niveau] = []
            for base in self.levels.tupleStarts(of: row) {
                guard let niveau = Niveau(Int(self.levels.values[base])) else { throw corrupt }
                fiche.append(niveau)
            }
            levels.append(fiche)
            let exception = Int(fiches[row, .openException])
            if fiches[row, .openNiveau] == 0 {
                open.append(nil)
            } else if let niveau = Niveau(Int(fiches[row, .openNiveau])), exception < EntryRule.Exception.allCases.count {
                open.append(.init(niveau: niveau, exception: EntryRule.Exception.allCases[exception]))
            } else {
                throw corrupt
            }
        }
        let familyIDs = try dictionary(self.familyIDs) { key, value throws(CatalogueError) in
            guard value >= itemCount, value < itemCount + self.familyIDs.count else { throw corrupt }
            return (OgrCode(Int(key)), Int32(value))
        }
        let familyCount = itemCount + familyIDs.count
        var itemOgr: [OgrCode] = [], itemLabel: [String] = [], itemRubrique: [FicheItem.Rubrique] = [], itemFamily: [Int32] = []
        for id in 0..<itemCount {
            let rubrique = Int(items[id, .rubrique]), family = Int(items[id, .family])
            guard rubrique < FicheItem.Rubrique.allCases.count, family < familyCount else { throw corrupt }
            itemOgr.append(OgrCode(Int(items[id, .ogr])))
            itemLabel.append(strings[items[id, .label]])
            itemRubrique.append(FicheItem.Rubrique.allCases[rubrique])
            itemFamily.append(Int32(family))
        }
        let centres = try csr(self.centres, limit: CentreInteretCode.range.upperBound + 1, corrupt)
        let links = try csr(self.links, limit: itemCount, corrupt)
        let mobilites = try csr(self.mobilites, limit: ficheCount, corrupt)
        return MatchingIndexLayout(
            codes: codes, labels: labels, hollandCodes: hollandCodes, isRegulated: regulated, certificationLevels: levels,
            lowestOpenCertification: open, centreStart: centres.start, centreCode: centres.first, centrePrincipal: centres.flag,
            itemStart: links.start, itemID: links.first, itemCoeur: links.flag, mobiliteStart: mobilites.start,
            mobiliteTarget: mobilites.first, itemOgr: itemOgr, itemLabel: itemLabel, itemRubrique: itemRubrique, itemFamily: itemFamily,
            familyIDByOgr: familyIDs,
            families: try dictionary(families) { key, value throws(CatalogueError) in (OgrCode(Int(key)), OgrCode(Int(value))) },
            rowByAppellation: try dictionary(appellations) { key, value throws(CatalogueError) in
                guard value < ficheCount else { throw corrupt }
                return (OgrCode(Int(key)), Int32(value))
            },
            centreLabels: try dictionary(centreLabels) { key, value throws(CatalogueError) in
                guard let code = CentreInteretCode(Int(key)) else { throw corrupt }
                return (code, strings[value])
            })
    }

    /// A relation as CSR columns: offsets, each tuple's first word (below `limit`), and its second word as a flag.
    private func csr(
        _ relation: Relation, limit: Int, _ corrupt: CatalogueError
    ) throws(CatalogueError)
        -> (start: [Int32], first: [Int32], flag: [Bool])
    {
        var start: [Int32] = [0], first: [Int32] = [], flag: [Bool] = []
        let values = relation.values
        first.reserveCapacity(values.count / relation.arity)
        for owner in 0..<relation.ownerCount {
            for base in relation.tupleStarts(of: owner) {
                guard values[base] < limit else { throw corrupt }
                first.append(Int32(values[base]))
                if relation.arity > 1 { flag.append(values[base + 1] == 1) }
            }
            start.append(Int32(first.count))
        }
        return (start, first, flag)
    }

    private func dictionary<Key: Hashable, Value>(
        _ table: Table<PairColumn>, _ entry: (UInt32, UInt32) throws(CatalogueError) -> (Key, Value)
    )
        throws(CatalogueError) -> [Key: Value]
    {
        var result: [Key: Value] = [:]
        result.reserveCapacity(table.count)
        for row in 0..<table.count {
            let (key, value) = try entry(table[row, .key], table[row, .value])
            result[key] = value
        }
        return result
    }
}
