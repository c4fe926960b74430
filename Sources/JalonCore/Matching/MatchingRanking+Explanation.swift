extension MatchingRanking {
    /// The explained match of a fiche; nil when the index does not know it.
    public func match(for code: RomeCode) -> MetierMatch? {
        guard let row = index.row(of: code) else { return nil }
        // Scored again fiche by fiche, not copied from the ranking's loop: the tests compare the two.
        return explain(row: row, query: query, score: index.score(row: row, query: query), rank: position[row] + 1)
    }

    func explain(row: Int, query: MatchingQuery, score: MatchScore, rank: Int) -> MetierMatch {
        let centres = index.centreRange(row).map { link -> CentreContribution in
            let centre = CentreInteretCode(Int(index.centreCode[link]))!
            let principal = index.centrePrincipal[link]
            return CentreContribution(
                centre: centre, label: index.centreLabels[centre] ?? "", rating: person.centres[centre],
                isPrincipal: principal, weight: principal ? MatchingWeights.principalCentre : 1)
        }.sorted { ($0.isPrincipal ? 0 : 1, $0.centre) < ($1.isPrincipal ? 0 : 1, $1.centre) }

        let riasec = score.congruence.flatMap { _ -> RiasecContribution? in
            guard let personCode = person.hollandCode, let ficheCode = index.hollandCodes[row] else { return nil }
            let shared = ficheCode.letters.filter(personCode.letters.contains)
            return RiasecContribution(
                person: personCode, fiche: ficheCode,
                congruences: CongruenceIndex.allCases.map { $0.congruence(person: personCode, environment: ficheCode) },
                answers: person.riasecAnswers.filter { shared.contains($0.key) })
        }

        var matched: [ItemMatch] = [], missing: [ItemMatch] = [], matchedWeight = 0.0
        for position in index.itemRange(row) {
            let id = Int(index.itemID[position])
            let credit = query.credit(item: id, index: index)
            let item = ItemMatch(
                item: index.itemOgr[id], label: index.itemLabel[id], rubrique: index.itemRubrique[id],
                isCoeurDeMetier: index.itemCoeur[position], weight: index.itemWeight[position], credit: credit,
                source: credit > 0 ? source(of: id) : nil)
            matchedWeight += item.weight * credit
            if credit > 0 { matched.append(item) } else { missing.append(item) }
        }
        let heaviest = { (lhs: ItemMatch, rhs: ItemMatch) in
            (lhs.weight * max(lhs.credit, 0.0001), rhs.item) > (rhs.weight * max(rhs.credit, 0.0001), lhs.item)
        }

        return MetierMatch(
            code: index.codes[row], label: index.labels[row], rank: rank, tiedRanks: tiedRanks(row: row), score: score, centres: centres,
            riasec: riasec, matchedItems: matched.sorted(by: heaviest), missingItems: missing.sorted(by: heaviest),
            matchedWeight: matchedWeight, totalWeight: index.itemWeightTotal[row],
            access: accessExplanation(row: row, query: query), mobilite: mobiliteSource(row: row),
            isRetenue: query.kept[row], prospects: person.prospects?.tensions[index.codes[row]])
    }

    /// Where an item's credit comes from: the person's own item first, else their best related skill.
    private func source(of id: Int) -> ItemMatch.Source? {
        let ogr = index.itemOgr[id]
        if let own = person.maitrise(of: ogr), query.exact[id] >= query.credit(item: id, index: index) { return .own(own) }
        // The related skills of `credit(item:)`: detailed compétences of a macro, or the macro of a detailed one.
        let position = Int(index.itemRelated[id])
        let relatives = person.skills.filter { query.relatedPosition(of: $0.item, index: index) == position }
        guard let best = relatives.max(by: { ($0.maitrise, $1.item) < ($1.maitrise, $0.item) }) else { return nil }
        return .family(via: best.item, best.maitrise)
    }

    private func accessExplanation(row: Int, query: MatchingQuery) -> AccessExplanation {
        let levels = index.certificationLevels[row]
        var reasons: [AccessExplanation.Reason] = []
        if query.done[row] && index.isRegulated[row] {
            reasons.append(.regulatedExperience)
        } else {
            if let coverage = query.vaeCoverage[row] {
                reasons.append(query.vaeReady[row] ? .vaeReady(coverage: coverage) : .experienceBelowVAE(coverage: coverage))
            }
            if !query.vaeReady[row] {
                if let lowest = levels.first {
                    if let level = query.level {
                        let steps = index.certificationSteps(row: row, from: level)
                        if level >= lowest.rawValue {
                            reasons.append(.levelReached(lowest: lowest))
                        } else if steps < lowest.rawValue - level, let open = index.lowestOpenCertification[row] {
                            reasons.append(.oneStepWithoutDiploma(open.exception, niveau: open.niveau, levelGap: open.niveau.rawValue - level))
                        } else {
                            reasons.append(.levelsMissing(steps, lowest: lowest))
                        }
                    } else {
                        reasons.append(.levelNotStated)
                    }
                } else {
                    reasons.append(.noCertificationKnown)
                }
                if index.isRegulated[row] { reasons.append(.regulatedWithoutCertification) }
            }
        }
        return AccessExplanation(personLevel: person.diplome, certificationLevels: levels, isRegulated: index.isRegulated[row], reasons: reasons)
    }

    /// The experience giving the largest bonus (the first in the person's order on ties).
    private func mobiliteSource(row: Int) -> MobiliteSource? {
        var best: (source: MobiliteSource, value: Double)?
        for appellation in person.experienceAppellations {
            guard let from = index.rowByAppellation[appellation].map(Int.init) else { continue }
            let range = index.mobiliteRange(from)
            let candidate: (MobiliteSource, Double)?
            if from == row {
                candidate = (
                    MobiliteSource(appellation: appellation, from: index.codes[from], fromLabel: index.labels[from], position: nil, count: range.count), 1
                )
            } else if let found = range.first(where: { Int(index.mobiliteTarget[$0]) == row }) {
                let position = found - range.lowerBound + 1
                candidate = (
                    MobiliteSource(appellation: appellation, from: index.codes[from], fromLabel: index.labels[from], position: position, count: range.count),
                    MatchingWeights.mobiliteReach * MatchingWeights.mobiliteProximity(position: position, count: range.count)
                )
            } else {
                candidate = nil
            }
            if let candidate, candidate.1 > (best?.value ?? 0) { best = candidate }
        }
        return best?.source
    }
}
