import JalonCore

/// The lookups the training-paths engine (JalonCore, pure) works from.
extension Catalogue {
    /// What `TrainingPaths` needs for `target` and the person of `project`: the fiche and its family,
    /// its certifications and those of its domaine with their InserJeunes rates, the successors of
    /// replaced certifications, and the person read with appellations and département resolved.
    /// Nil when the fiche is unknown. `offers` are the LHÉO offers read from feeds, nil when none was given.
    public func trainingPathsInput(target code: RomeCode, project: Project, today: Day, offers: [TrainingOffer]?) -> TrainingPathsInput? {
        guard let row = ficheRow(code) else { return nil }
        let fiche = fiche(row: row)
        let target = TargetFiche(fiche: fiche, items: items(of: code), family: family(ofRow: row))
        let candidates = certificationLinks(of: code).map { candidate($0.certification, viaParent: $0.viaParent, fiche: code) }

        var seen = Set(candidates.map(\.code))
        var domaine: [CertificationCandidate] = []
        for other in domaineRows(of: row) {
            let otherCode = ficheCode(row: other)
            for link in certificationLinks(of: otherCode) where seen.insert(link.certification.code).inserted {
                domaine.append(candidate(link.certification, viaParent: link.viaParent, fiche: otherCode))
            }
        }

        // Successors outside the fiche's links, followed as far as the engine follows them.
        var successors: [CertificationCode: CertificationCandidate] = [:]
        var pending = candidates.flatMap(\.certification.replacedBy)
        var depth = 0
        while !pending.isEmpty, depth <= SuccessorLimits.depth {
            var next: [CertificationCode] = []
            for successorCode in pending where !seen.contains(successorCode) {
                seen.insert(successorCode)
                guard let certification = certification(successorCode) else { continue }
                successors[successorCode] = candidate(certification, viaParent: nil, fiche: code)
                next += certification.replacedBy
            }
            pending = next
            depth += 1
        }

        let person = PathPerson(
            project: project, today: today, ficheOfAppellation: { self.appellation($0)?.fiche },
            regionOfDepartement: { self.region(of: $0)?.code })
        return TrainingPathsInput(
            target: target, person: person, candidates: candidates, domaineCandidates: domaine,
            successors: successors, offers: offers)
    }

    private enum SuccessorLimits { static let depth = 5 }

    private func candidate(_ certification: Certification, viaParent: RomeCode?, fiche: RomeCode) -> CertificationCandidate {
        CertificationCandidate(certification: certification, viaParent: viaParent, fiche: fiche, rates: insertionRates(of: certification.code))
    }

    /// The fiche, its parent, and the parent's other children (ROME 4.0 families).
    func family(ofRow row: Int) -> Set<RomeCode> {
        let head = fiches[row, .parent] == OptionalWord.none ? UInt32(row) : fiches[row, .parent]
        var family: Set<RomeCode> = [ficheCode(row: row), ficheCode(row: Int(head))]
        for other in 0..<fiches.count where fiches[other, .parent] == head { family.insert(ficheCode(row: other)) }
        return family
    }

    /// The other fiches of the same ROME domaine (`I13`…), in code order.
    func domaineRows(of row: Int) -> [Int] {
        let domaine = fiches[row, .domaineCode]
        return (0..<fiches.count).filter { $0 != row && fiches[$0, .domaineCode] == domaine }
    }
}
