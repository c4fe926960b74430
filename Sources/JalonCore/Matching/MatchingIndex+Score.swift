extension MatchingIndex {
    /// The score of one fiche, for explanations and levers.
    func score(row: Int, query: MatchingQuery) -> MatchScore {
        score(row: row, query: query, matched: matchedWeight(row: row, query: query))
    }

    /// Σ weight × credit over one fiche's items, in link order.
    func matchedWeight(row: Int, query: MatchingQuery) -> Double {
        var matched = 0.0
        for position in itemRange(row) {
            matched += itemWeight[position] * query.credit(item: Int(itemID[position]), index: self)
        }
        return matched
    }

    /// ``matchedWeight(row:query:)`` of every fiche in one pass over all links: the ranking's hot loop,
    /// on raw buffers. It adds the same terms in the same order, so the sums are identical to the last
    /// bit (the tests compare every fiche).
    func matchedWeights(query: MatchingQuery) -> [Double] {
        var matched = [Double](repeating: 0, count: ficheCount)
        let half = MatchingWeights.sameFamily
        itemStart.withUnsafeBufferPointer { start in
            itemID.withUnsafeBufferPointer { ids in
                itemWeight.withUnsafeBufferPointer { weights in
                    itemRelated.withUnsafeBufferPointer { relatedOf in
                        query.exact.withUnsafeBufferPointer { exact in
                            query.related.withUnsafeBufferPointer { related in
                                matched.withUnsafeMutableBufferPointer { out in
                                    for row in 0..<out.count {
                                        var sum = 0.0
                                        for position in Int(start[row])..<Int(start[row + 1]) {
                                            let id = Int(ids[position])
                                            sum += weights[position] * max(exact[id], half * related[Int(relatedOf[id])])
                                        }
                                        out[row] = sum
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        return matched
    }

    /// The score of one fiche given its matched item weight; the ranking's loop and the explanations both
    /// end here, so they cannot disagree.
    func score(row: Int, query: MatchingQuery, matched: Double) -> MatchScore {
        var weighted = 0.0, strongest = 0.0
        for link in centreRange(row) {
            let rating = query.ratings[Int(centreCode[link])]
            let weight = centrePrincipal[link] ? MatchingWeights.principalCentre : 1
            weighted += weight * rating
            strongest = max(strongest, rating * weight / MatchingWeights.principalCentre)
        }
        let centreTotal = centreWeightTotal[row]
        let centres =
            centreTotal > 0
            ? MatchingWeights.strongestCentreShare * strongest + (1 - MatchingWeights.strongestCentreShare) * weighted / centreTotal : 0
        let holland = Int(hollandClass[row])
        let congruence: Double? = query.congruenceByClass.isEmpty || holland < 0 ? nil : query.congruenceByClass[holland]
        let interest = congruence.map { (1 - MatchingWeights.congruence) * centres + MatchingWeights.congruence * $0 } ?? centres

        let itemTotal = itemWeightTotal[row]
        let skill = itemTotal > 0 ? min(1, matched / (MatchingWeights.fullSkillShare * itemTotal)) : 0

        return MatchScore(
            centres: centres, congruence: congruence, interest: interest, skill: skill,
            access: access(row: row, query: query), mobilite: query.mobilite[row],
            preference: query.kept[row] ? 1 : 0, isExcluded: query.excluded[row], debouches: query.debouches?[row])
    }

    /// A = 1 when the person's experience of the fiche makes a VAE ready (``VAEAssessment/isReady(coverage:hasRelatedExperience:)``,
    /// the training engine's own rule) or is of a regulated métier, whose certification they must then
    /// hold; else 1 − 0.25 × the steps missing: the certifications to take from the person's diploma to
    /// the fiche's nearest one (``certificationSteps(row:from:)``), plus one for a regulated métier,
    /// whose certification the person must still obtain.
    func access(row: Int, query: MatchingQuery) -> Double {
        if query.done[row] && (isRegulated[row] || query.vaeReady[row]) { return 1 }
        var steps = isRegulated[row] ? MatchingWeights.regulatedCertificationSteps : 0
        if let level = query.level { steps += certificationSteps(row: row, from: level) }
        return max(0, 1 - MatchingWeights.accessPerLevel * Double(steps))
    }

    /// Certifications to take from `level` to the fiche's nearest certification, by the training
    /// engine's rule (``LevelSteps/steps(from:to:admitsWithoutDiploma:)``): the fewest over the lowest
    /// certification, one per level, and the lowest admitting without a diploma, one step. 0 when the
    /// fiche has no certification. (The lowest certification read as an ordinary one is never below the
    /// true count: if it admits without a diploma it is also the lowest open one.)
    func certificationSteps(row: Int, from level: Int) -> Int {
        guard let lowest = certificationLevels[row].first else { return 0 }
        let ordinary = LevelSteps.steps(from: level, to: lowest.rawValue, admitsWithoutDiploma: false)
        guard let open = lowestOpenCertification[row] else { return ordinary }
        return min(ordinary, LevelSteps.steps(from: level, to: open.niveau.rawValue, admitsWithoutDiploma: true))
    }

    /// The fiche's items a VAE jury looks at (``VAEAssessment/isCoeurDeMetierForVAE(rubrique:isCoeurDeMetier:)``), as item ids.
    func vaeCoeurItems(row: Int) -> [Int] {
        itemRange(row).filter { VAEAssessment.isCoeurDeMetierForVAE(rubrique: itemRubrique[Int(itemID[$0])], isCoeurDeMetier: itemCoeur[$0]) }
            .map { Int(itemID[$0]) }
    }
}
