/// The centre links of sorted entries as CSR columns: one link per centre (principal when any
/// duplicate is), by centre code.
struct CentreColumns {
    var start: [Int32] = [0], code: [Int32] = [], principal: [Bool] = []

    init(_ entries: [MatchingFicheEntry]) {
        // Sorted, then duplicates merged in place: a dictionary per fiche cost more than the whole
        // rest of the centres (hashing 1 584 small tables at every process start).
        for entry in entries {
            let first = code.count
            for link in entry.centres.sorted(by: { $0.centreInteret < $1.centreInteret }) {
                let value = Int32(link.centreInteret.rawValue)
                if code.count > first, code[code.count - 1] == value {
                    principal[principal.count - 1] = principal[principal.count - 1] || link.isPrincipal
                } else {
                    code.append(value)
                    principal.append(link.isPrincipal)
                }
            }
            start.append(Int32(code.count))
        }
    }
}

/// The items of sorted entries as CSR columns over distinct item ids (contextes left out, an item once
/// per fiche), with each item's family slot.
struct ItemColumns {
    var start: [Int32] = [0], id: [Int32] = [], coeur: [Bool] = []
    var ids: [OgrCode: Int32] = [:], ogrs: [OgrCode] = [], labels: [String] = [], rubriques: [FicheItem.Rubrique] = []
    var family: [Int32] = []
    /// Slots of macro-compétences no fiche lists, numbered after the items.
    var familyIDs: [OgrCode: Int32] = [:]
    var familyCount: Int { ogrs.count + familyIDs.count }

    init(_ entries: [MatchingFicheEntry], families: [OgrCode: OgrCode]) {
        // The fiche (row + 1) where each item id was last listed: "once per fiche" without a set per fiche.
        var listedIn: [Int] = []
        for (row, entry) in entries.enumerated() {
            for item in entry.items where item.rubrique != .contexte {
                let itemID = self.id(of: item)
                if Int(itemID) == listedIn.count { listedIn.append(0) }
                guard listedIn[Int(itemID)] != row + 1 else { continue }
                listedIn[Int(itemID)] = row + 1
                id.append(itemID)
                coeur.append(item.isCoeurDeMetier)
            }
            start.append(Int32(id.count))
        }
        // A family is known by its macro's item id when a fiche lists the macro.
        family = ogrs.map { ogr in
            let macro = families[ogr] ?? ogr
            if let known = ids[macro] ?? familyIDs[macro] { return known }
            let slot = Int32(familyCount)
            familyIDs[macro] = slot
            return slot
        }
    }

    private mutating func id(of item: FicheItem) -> Int32 {
        if let known = ids[item.ogr] { return known }
        let new = Int32(ogrs.count)
        ids[item.ogr] = new
        ogrs.append(item.ogr)
        labels.append(item.label)
        rubriques.append(item.rubrique)
        return new
    }
}

/// The mobilités of sorted entries as CSR columns of target rows, in ROME's order (`order`, then code),
/// each target once, the fiche itself and unknown fiches left out.
struct MobiliteColumns {
    var start: [Int32] = [0], target: [Int32] = []

    init(_ entries: [MatchingFicheEntry], rows: [RomeCode: Int32]) {
        for (row, entry) in entries.enumerated() {
            for mobilite in entry.mobilites.sorted(by: { ($0.order, $0.target) < ($1.order, $1.target) }) {
                if let found = rows[mobilite.target], found != Int32(row), !target[Int(start.last!)...].contains(found) {
                    target.append(found)
                }
            }
            start.append(Int32(target.count))
        }
    }
}
