import JalonLocale

extension SavedPathTarget {
    /// The paths to `fiche` as the person was shown them: rank, rounded score, the certifications in
    /// order with the route, the InserJeunes figure on the path's own certification, and the reasons
    /// of each score component with its points, largest first, in the language they were shown in, then
    /// how each step of a multi-step path is entered.
    public init(fiche: RomeCode, libelle: String?, paths: [TrainingPath], language: Language) {
        self.init(
            fiche: fiche, libelle: libelle,
            chemins: paths.enumerated().map { index, path in
                SavedPath(
                    rang: index + 1, score: Int((Double(path.score.shownTotalTenths) / 10).rounded()),
                    etapes: path.recordedSteps,
                    raisons: path.score.reasons(in: language)
                        + (path.steps.count > 1
                            ? path.steps.map { "\($0.certification)" + language.pick(fr: " : ", en: ": ") + $0.entry.sentence(in: language) } : []))
            })
    }
}

extension TrainingPath {
    /// Every step keeps the path's route; the figure belongs to the last step, the certification the
    /// path is about (intermediate steps have their own cohorts, not shown).
    var recordedSteps: [SavedPathStep] {
        steps.enumerated().map { index, step in
            SavedPathStep(
                certification: step.certification, intitule: step.title, niveau: step.niveau, voie: voie,
                insertion: index == steps.count - 1 ? insertion?.record : nil)
        }
    }
}

extension InsertionFigure {
    var record: SavedInsertionRate {
        let perimetre: SavedInsertionRate.Perimetre =
            switch scope {
            case .region(let code): SavedInsertionRate.Perimetre(code) ?? .national
            case .national: .national
            }
        return SavedInsertionRate(
            perimetre: perimetre, millesime: millesime,
            voie: voie, emploi12Mois: emploi12Mois)
    }
}

extension SavedTrainingPaths {
    /// These saved paths with `target` put in place of any earlier paths to the same fiche, under the
    /// new stamp. Other targets are kept only when they came from the same catalogue and engine, so the
    /// stamp stays true of every path under it (only its instant is that of the latest one shown).
    public func replacing(_ target: SavedPathTarget, stamp: ComputationStamp) -> SavedTrainingPaths {
        let sameSources = self.stamp.catalogue == stamp.catalogue && self.stamp.engine == stamp.engine
        var cibles = sameSources ? self.cibles.filter { $0.fiche != target.fiche } : []
        cibles.append(target)
        return SavedTrainingPaths(stamp: stamp, cibles: cibles.sorted { $0.fiche < $1.fiche })
    }
}
