/// A person compiled against an index: every per-person quantity as a dense array, so that scoring a
/// fiche reads only arrays (no dictionary, no allocation). Internal: results explain themselves.
struct MatchingQuery: Sendable, Equatable {
    /// Rating / 4 of each centre code (slot 0 unused); 0 when unrated.
    let ratings: [Double]
    /// Mean congruence (0…1) per Holland class of the index; empty without a person code.
    let congruenceByClass: [Double]
    /// Credit (0…1) of the person's own skill, per item id.
    private(set) var exact: [Double]
    /// Credit of related skills, in two halves over family slots: first the best credit of the person's
    /// detailed compétences by the slot of their macro (what a macro item reads), then the credit of the
    /// person's macro-compétences by their own slot (what a detailed item reads). One array, so the hot
    /// loop reads one precomputed position per link (``MatchingIndex/itemRelated``).
    private(set) var related: [Double]
    /// The person's level (2 without diploma), nil when not said.
    let level: Int?
    /// Rows of the fiches of the person's experiences.
    let done: [Bool]
    /// For each fiche done: the share of its cœur de métier (as a VAE jury reads it) the person holds at
    /// ``VAEAssessment/confirmedMaitrise`` or above; nil for the others.
    private(set) var vaeCoverage: [Int: Double] = [:]
    /// Fiches done whose VAE is ready: ``VAEAssessment/isReady(coverage:hasRelatedExperience:)``.
    private(set) var vaeReady: [Bool]
    /// Mobilité bonus (0…1) of each row.
    let mobilite: [Double]
    let excluded: [Bool]
    let kept: [Bool]
    /// Job prospects D of each row; nil when the person did not ask for them.
    let debouches: [Double]?

    init(person: MatchingPerson, index: MatchingIndex) {
        var ratings = [Double](repeating: 0, count: CentreInteretCode.range.upperBound + 1)
        for (centre, rating) in person.centres { ratings[centre.rawValue] = Double(rating.value) / Double(Rating.range.upperBound) }
        self.ratings = ratings
        congruenceByClass = person.hollandCode.map { code in index.hollandClasses.map { MatchingQuery.congruence(person: code, fiche: $0) } } ?? []
        exact = [Double](repeating: 0, count: index.itemCount)
        related = [Double](repeating: 0, count: 2 * index.familyCount)
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
                let value =
                    MatchingWeights.mobiliteReach
                    * MatchingWeights.mobiliteProximity(position: position - range.lowerBound + 1, count: range.count)
                mobilite[target] = max(mobilite[target], value)
            }
        }
        self.done = done
        vaeReady = [Bool](repeating: false, count: index.ficheCount)
        self.mobilite = mobilite
        var excluded = [Bool](repeating: false, count: index.ficheCount), kept = excluded
        for code in person.ecartees { if let row = index.row(of: code) { excluded[row] = true } }
        for code in person.retenues { if let row = index.row(of: code) { kept[row] = true } }
        self.excluded = excluded
        self.kept = kept
        debouches = person.prospects.map { prospects in index.codes.map(prospects.value(of:)) }
        for skill in person.skills { apply(skill, index: index) }
        // After the skills: readiness reads the person's own credit of each item.
        let confirmed = MatchingWeights.credit(VAEAssessment.confirmedMaitrise)
        for row in done.indices where done[row] {
            let coeur = index.vaeCoeurItems(row: row)
            let coverage = VAEAssessment.coverage(covered: coeur.filter { exact[$0] >= confirmed }.count, of: coeur.count)
            vaeCoverage[row] = coverage
            vaeReady[row] = VAEAssessment.isReady(coverage: coverage, hasRelatedExperience: true)
        }
    }

    /// Counts one more skill: its item's own credit, and its credit for the related items (a detailed
    /// compétence for its macro, a macro for its detailed compétences). All only grow, which is why adding
    /// a skill never lowers a score.
    mutating func apply(_ skill: MatchingPerson.Skill, index: MatchingIndex) {
        let credit = MatchingWeights.credit(skill.maitrise)
        if let id = index.itemIDByOgr[skill.item].map(Int.init) { exact[id] = max(exact[id], credit) }
        guard let position = relatedPosition(of: skill.item, index: index) else { return }
        related[position] = max(related[position], credit)
    }

    /// Where a skill of the person counts in `related`: a detailed compétence in the first half at its
    /// macro's slot, a macro-compétence in the second half at its own.
    func relatedPosition(of ogr: OgrCode, index: MatchingIndex) -> Int? {
        index.familySlot(of: ogr).map { Int($0) + (index.isDetailed(ogr) ? 0 : index.familyCount) }
    }

    /// `body` applied to this query with one more skill, then the query as it was.
    mutating func with<Result>(_ skill: MatchingPerson.Skill, index: MatchingIndex, _ body: (MatchingQuery) -> Result) -> Result {
        // Save single values, not `self`: a saved copy would share the arrays and force a full copy.
        let id = index.itemIDByOgr[skill.item].map(Int.init), position = relatedPosition(of: skill.item, index: index)
        let savedExact = id.map { exact[$0] }, savedRelated = position.map { related[$0] }
        apply(skill, index: index)
        defer {
            if let id, let savedExact { exact[id] = savedExact }
            if let position, let savedRelated { related[position] = savedRelated }
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
        max(exact[id], MatchingWeights.sameFamily * related[Int(index.itemRelated[id])])
    }
}
