/// The centre links of sorted entries as CSR columns: one link per centre (principal when any
/// duplicate is), by centre code, with each fiche's total link weight.
struct CentreColumns {
    var start: [Int32] = [0], code: [Int32] = [], principal: [Bool] = [], total: [Double] = []

    init(_ entries: [MatchingFicheEntry]) {
        for entry in entries {
            var links: [CentreInteretCode: Bool] = [:]
            for link in entry.centres { links[link.centreInteret] = (links[link.centreInteret] ?? false) || link.isPrincipal }
            var weight = 0.0
            for (centre, isPrincipal) in links.sorted(by: { $0.key < $1.key }) {
                code.append(Int32(centre.rawValue))
                principal.append(isPrincipal)
                weight += isPrincipal ? MatchingWeights.principalCentre : 1
            }
            start.append(Int32(code.count))
            total.append(weight)
        }
    }
}

/// The items of sorted entries as CSR columns over distinct item ids (contextes left out, an item once
/// per fiche), with each link's weight, each fiche's total weight, and each item's family slot.
struct ItemColumns {
    var start: [Int32] = [0], id: [Int32] = [], coeur: [Bool] = [], weight: [Double] = [], total: [Double] = []
    var ids: [OgrCode: Int32] = [:], ogrs: [OgrCode] = [], labels: [String] = [], rubriques: [FicheItem.Rubrique] = []
    var family: [Int32] = []
    /// Slots of macro-compétences no fiche lists, numbered after the items.
    var familyIDs: [OgrCode: Int32] = [:]
    var familyCount: Int { ogrs.count + familyIDs.count }

    init(_ entries: [MatchingFicheEntry], families: [OgrCode: OgrCode]) {
        for entry in entries {
            var inFiche = Set<OgrCode>(), ficheTotal = 0.0
            for item in entry.items where item.rubrique != .contexte && inFiche.insert(item.ogr).inserted {
                let linkWeight = MatchingWeights.rubrique(item.rubrique) * (item.isCoeurDeMetier ? MatchingWeights.coeurDeMetier : 1)
                id.append(self.id(of: item))
                coeur.append(item.isCoeurDeMetier)
                weight.append(linkWeight)
                ficheTotal += linkWeight
            }
            start.append(Int32(id.count))
            total.append(ficheTotal)
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
