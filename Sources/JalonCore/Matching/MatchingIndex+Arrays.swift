/// The index's dense arrays and a person's inputs against them, for another implementation of the same
/// formulas (the NumPy peer of `JalonMatchingBenchmark`) to compute the same ranking from the same data.
public struct MatchingArrays: Sendable, Encodable {
    public struct Index: Sendable, Encodable {
        let ficheCount, itemCount, familyCount: Int
        let centreStart, centreCode: [Int32]
        let centrePrincipal: [Bool]
        let itemStart, itemID, itemFamily: [Int32]
        let itemWeight, itemWeightTotal: [Double]
        let hollandClass: [Int32]
        /// Lowest active certification level per fiche, 0 for none.
        let lowestLevel: [Int]
        /// Lowest level of the certifications admitting without a diploma per fiche, 0 for none: one step
        /// from any lower level (``LevelSteps/steps(from:to:admitsWithoutDiploma:)``).
        let lowestOpenLevel: [Int]
        let regulated: [Bool]
        let mobiliteStart, mobiliteTarget: [Int32]
    }

    public struct Person: Sendable, Encodable {
        /// Rating / 4 by centre code (slot 0 unused).
        let ratings: [Double]
        /// Mean congruence per Holland class; empty without a code.
        let congruenceByClass: [Double]
        /// One per skill: item id (−1 when no fiche lists it), family slot (−1 when unknown), credit.
        let skillItem, skillFamily: [Int32]
        /// True for a detailed compétence (it credits its macro), false for a macro (it credits its detailed ones).
        let skillDetailed: [Bool]
        let skillCredit: [Double]
        /// The person's level, nil when not said.
        let level: Int?
        let experienceRows, excludedRows, keptRows: [Int32]
        /// Fiches done whose access is full: VAE ready, or regulated (``MatchingIndex/access(row:query:)``).
        let openAccessRows: [Int32]
    }

    public let index: Index
    public let person: Person
    /// The weights of <doc:Matching>, by name.
    public let weights: [String: Double]
}

extension MatchingIndex {
    public func arrays(for person: MatchingPerson) -> MatchingArrays {
        let query = MatchingQuery(person: person, index: self)
        let rows = { (codes: Set<RomeCode>) in codes.compactMap { self.rowByCode[$0] }.sorted() }
        return MatchingArrays(
            index: .init(
                ficheCount: ficheCount, itemCount: itemCount, familyCount: familyCount, centreStart: centreStart,
                centreCode: centreCode, centrePrincipal: centrePrincipal, itemStart: itemStart, itemID: itemID,
                itemFamily: itemFamily, itemWeight: itemWeight, itemWeightTotal: itemWeightTotal, hollandClass: hollandClass,
                lowestLevel: certificationLevels.map { $0.first?.rawValue ?? 0 },
                lowestOpenLevel: lowestOpenCertification.map { $0?.niveau.rawValue ?? 0 }, regulated: isRegulated,
                mobiliteStart: mobiliteStart, mobiliteTarget: mobiliteTarget),
            person: .init(
                ratings: query.ratings, congruenceByClass: query.congruenceByClass,
                skillItem: person.skills.map { itemIDByOgr[$0.item] ?? -1 },
                skillFamily: person.skills.map { familySlot(of: $0.item) ?? -1 },
                skillDetailed: person.skills.map { isDetailed($0.item) },
                skillCredit: person.skills.map { MatchingWeights.credit($0.maitrise) }, level: query.level,
                experienceRows: person.experienceAppellations.compactMap { rowByAppellation[$0] },
                excludedRows: rows(person.ecartees), keptRows: rows(person.retenues),
                openAccessRows: query.done.indices.filter { query.done[$0] && (isRegulated[$0] || query.vaeReady[$0]) }.map { Int32($0) }),
            weights: [
                "interest": MatchingWeights.interest, "skill": MatchingWeights.skill, "access": MatchingWeights.access,
                "mobiliteBonus": MatchingWeights.mobiliteBonus, "preferenceBonus": MatchingWeights.preferenceBonus,
                "principalCentre": MatchingWeights.principalCentre, "strongestCentreShare": MatchingWeights.strongestCentreShare,
                "congruence": MatchingWeights.congruence, "sameFamily": MatchingWeights.sameFamily,
                "fullSkillShare": MatchingWeights.fullSkillShare, "accessPerLevel": MatchingWeights.accessPerLevel,
                "regulatedCertificationSteps": Double(MatchingWeights.regulatedCertificationSteps),
                "maximumStep": Double(LevelSteps.maximumStep),
                "mobiliteReach": MatchingWeights.mobiliteReach
            ])
    }
}
