extension Project {
    /// Every cross-part rule of the format this project breaks, in document order; empty when the
    /// parts agree. Value ranges and blank texts are left to the schema, which the store applies on
    /// every save anyway.
    public var inconsistencies: [ProjectInconsistency] {
        var found: [ProjectInconsistency] = []
        found += Self.repeated(interets?.centres.map(\.centre) ?? []).map { .centreRatedTwice($0) }
        found += Self.repeated(interets?.riasec?.reponses.map(\.question) ?? []).map { .questionAnsweredTwice($0) }

        let experiences = competences?.experiences ?? []
        found += Self.repeated(experiences.map(\.id)).map { .duplicateExperience($0) }
        let experienceIDs = Set(experiences.map(\.id))
        let portfolio = competences?.competences ?? []
        found += portfolio.compactMap(\.source.experience).filter { !experienceIDs.contains($0) }.map { .unknownExperience($0) }
        found += Self.repeated(portfolio.compactMap(\.item?.code)).map { .competenceItemTwice($0) }

        let pistes = pistes ?? Pistes()
        found += Self.repeated(pistes.pistes.map(\.fiche)).map { .ficheInSeveralPistes($0) }
        if pistes.retenues.count > Pistes.maximumRetenues { found.append(.tooManyRetenues(pistes.retenues.count)) }
        for piste in pistes.retenues where !(1...Pistes.maximumRetenues).contains(piste.rang ?? 0) {
            found.append(.rangRetenueInvalid(piste.fiche, piste.rang))
        }
        found += Self.repeated(pistes.retenues.compactMap(\.rang)).map { .rangRetenueTwice($0) }

        let suggestions = self.suggestions?.suggestions ?? []
        found += Self.repeated(suggestions.map(\.fiche)).map { .suggestionTwice($0) }
        found += Self.repeated(suggestions.map(\.rang)).map { .suggestionRangTwice($0) }
        for suggestion in suggestions {
            found += Self.repeated(suggestion.composantes.map(\.nom)).map { .scoreComponentTwice(suggestion.fiche, $0) }
        }

        let kept = Set(pistes.retenues.map(\.fiche))
        found += formations.map(\.fiche).filter { !kept.contains($0) }.map { .formationTargetNotKept($0) }
        // Like xs:unique, a path without certification is never a duplicate.
        let paths = formations.compactMap { formation in
            formation.certification.map { FormationPath(fiche: formation.fiche, certification: $0, voie: formation.voie) }
        }
        found += Self.repeated(paths).map { .formationTwice($0.fiche, $0.certification, $0.voie) }

        // Saved paths may target a piste set aside since: no reference to the kept pistes is checked.
        let cibles = parcours?.cibles ?? []
        found += Self.repeated(cibles.map(\.fiche)).map { .pathTargetTwice($0) }
        for cible in cibles {
            found += Self.repeated(cible.chemins.map(\.rang)).map { .pathRangTwice(cible.fiche, $0) }
        }

        found += Self.repeated(plan.map(\.id)).map { .duplicateAction($0) }
        let allFiches = Set(pistes.pistes.map(\.fiche))
        for action in plan { if let fiche = action.fiche, !allFiches.contains(fiche) { found.append(.actionFicheNotAPiste(action.id, fiche)) } }
        found += Self.repeated(notes.map(\.id)).map { .duplicateNote($0) }
        return found
    }

    private struct FormationPath: Hashable {
        var fiche: RomeCode
        var certification: CertificationCode
        var voie: Formation.Voie
    }

    /// The values that occur more than once, each reported once, in order of first repetition.
    private static func repeated<Value: Hashable>(_ values: [Value]) -> [Value] {
        // Most of these lists hold a handful of items: comparing pairs costs less than hashing into
        // two sets (a caseload review computes this for every file).
        if values.count <= 16 {
            var found: [Value] = []
            for index in values.indices where values[..<index].contains(values[index]) && !found.contains(values[index]) {
                found.append(values[index])
            }
            return found
        }
        var seen = Set<Value>()
        var reported = Set<Value>()
        return values.filter { !seen.insert($0).inserted && reported.insert($0).inserted }
    }
}
