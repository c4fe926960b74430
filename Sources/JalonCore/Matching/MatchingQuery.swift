/// A person compiled against an index: every per-person quantity as a dense array, so that scoring a
/// fiche reads only arrays (no dictionary, no allocation). Internal: results explain themselves.
struct MatchingQuery: Sendable, Equatable {
    /// Rating / 4 of each centre code (slot 0 unused); 0 when unrated.
    let ratings: [Double]
    /// Mean congruence (0…1) per Holland class of the index; empty without a person code.
    let congruenceByClass: [Double]
    /// Credit (0…1) of the person's own skill, per item id.
    private(set) var exact: [Double]
    /// Best credit of the person's detailed compétences, by the slot of their macro-compétence.
    private(set) var children: [Double]
    /// Credit of the person's macro-compétences (and other items without a macro), by their own slot.
    private(set) var macros: [Double]
    /// The person's level (2 without diploma), nil when not said.
    let level: Int?
    /// Rows of the fiches of the person's experiences.
    let done: [Bool]
    /// Mobilité bonus (0…1) of each row.
    let mobilite: [Double]
    let excluded: [Bool]
    let kept: [Bool]

    init(person: MatchingPerson, index: MatchingIndex) {
        var ratings = [Double](repeating: 0, count: CentreInteretCode.range.upperBound + 1)
        for (centre, rating) in person.centres { ratings[centre.rawValue] = Double(rating.value) / Double(Rating.range.upperBound) }
        self.ratings = ratings
        congruenceByClass = person.hollandCode.map { code in index.hollandClasses.map { MatchingQuery.congruence(person: code, fiche: $0) } } ?? []
        exact = [Double](repeating: 0, count: index.itemCount)
        children = [Double](repeating: 0, count: index.familyCount)
        macros = children
        level = person.diplome.map {
            switch $0 {
            case .aucun: MatchingWeights.levelWithoutDiploma
            case .niveau(let niveau): niveau.rawValue
            }
        }
        var done = [Bool](repeating: false, count: index.ficheCount)
        var mobilite = [Double](repeating: 0, count: index.ficheCount)
        for appellation in person.experienceAppellations {
            guard let row = index.rowByAppellation[appellation].map(Int.init) else { continue }
            done[row] = true
            mobilite[row] = 1
            let range = index.mobiliteRange(row)
            for position in range {
                let target = Int(index.mobiliteTarget[position])
                let value = MatchingWeights.mobiliteReach
                    * MatchingWeights.mobiliteProximity(position: position - range.lowerBound + 1, count: range.count)
                mobilite[target] = max(mobilite[target], value)
            }
        }
        self.done = done
        self.mobilite = mobilite
        var excluded = [Bool](repeating: false, count: index.ficheCount), kept = excluded
        for code in person.ecartees { if let row = index.row(of: code) { excluded[row] = true } }
        for code in person.retenues { if let row = index.row(of: code) { kept[row] = true } }
        self.excluded = excluded
        self.kept = kept
        for skill in person.skills { apply(skill, index: index) }
    }

    /// Counts one more skill: its item's own credit, and its credit for the related items (a detailed
    /// compétence for its macro, a macro for its detailed compétences). All only grow, which is why adding
    /// a skill never lowers a score.
    mutating func apply(_ skill: MatchingPerson.Skill, index: MatchingIndex) {
        let credit = MatchingWeights.credit(skill.maitrise)
        if let id = index.itemIDByOgr[skill.item].map(Int.init) { exact[id] = max(exact[id], credit) }
        guard let slot = index.familySlot(of: skill.item).map(Int.init) else { return }
        if index.isDetailed(skill.item) { children[slot] = max(children[slot], credit) } else { macros[slot] = max(macros[slot], credit) }
    }

    /// `body` applied to this query with one more skill, then the query as it was.
    mutating func with<Result>(_ skill: MatchingPerson.Skill, index: MatchingIndex, _ body: (MatchingQuery) -> Result) -> Result {
        // Save single values, not `self`: a saved copy would share the arrays and force a full copy.
        let id = index.itemIDByOgr[skill.item].map(Int.init), slot = index.familySlot(of: skill.item).map(Int.init)
        let savedExact = id.map { exact[$0] }, savedChildren = slot.map { children[$0] }, savedMacros = slot.map { macros[$0] }
        apply(skill, index: index)
        defer {
            if let id, let savedExact { exact[id] = savedExact }
            if let slot, let savedChildren, let savedMacros { children[slot] = savedChildren; macros[slot] = savedMacros }
        }
        return body(self)
    }

    /// The mean of the three indices' 0…1 values (<doc:CongruenceIndices>).
    static func congruence(person: HollandCode, fiche: HollandCode) -> Double {
        let values = CongruenceIndex.allCases.map { $0.congruence(person: person, environment: fiche).value }
        return values.reduce(0, +) / Double(values.count)
    }

    /// The credit an item gets: the person's own skill, or part of a related one — for a macro-compétence,
    /// their best detailed compétence of it; for a detailed compétence, its macro. Two detailed compétences
    /// of one macro do not credit each other: a macro can be broad, and one skill must not count many times.
    @inline(__always)
    func credit(item id: Int, index: MatchingIndex) -> Double {
        let slot = Int(index.itemFamily[id])
        return max(exact[id], MatchingWeights.sameFamily * (slot == id ? children[slot] : macros[slot]))
    }
}
