import Testing

@testable import JalonCore

/// Matching's access and the training paths count certification steps with one function
/// (``LevelSteps/steps(from:to:admitsWithoutDiploma:)``): a certification admitting without a diploma is
/// one step whatever the gap, an ordinary one is one step per level, in both engines.
@Suite struct OneEntryRuleTests {
    typealias F = PathsFixtures

    /// The fiche as matching sees it, from the certification as the path engine sees it (the catalogue
    /// builds both the same way: `Catalogue.matchingIndexSource()`).
    static func matchingAccess(_ certification: Certification, person: DiplomeLePlusEleve) throws -> (access: Double, reasons: [AccessExplanation.Reason]) {
        let niveau = try #require(certification.niveau)
        let open = EntryRule.exception(for: certification).map { [MatchingFicheEntry.OpenCertification(niveau: niveau, exception: $0)] } ?? []
        let index = MatchingIndex(fiches: [MatchingFicheEntry(code: F.target, label: "Cible", certificationLevels: [niveau], openCertifications: open)])
        let match = try #require(MatchingRanking(index: index, person: MatchingPerson(diplome: person)).match(for: F.target))
        return (match.score.access, match.access.reasons)
    }

    /// Steps as matching counts them: A = 1 − 0.25 × steps.
    static func steps(access: Double) -> Int { Int(((1 - access) / MatchingWeights.accessPerLevel).rounded()) }

    static func firstPath(_ certification: Certification, person: DiplomeLePlusEleve, bridges: [Certification] = []) throws -> TrainingPath {
        let input = TrainingPathsInput(
            target: F.targetFiche(), person: F.person(level: person), candidates: [F.candidate(certification)],
            domaineCandidates: bridges.map { F.candidate($0, fiche: RomeCode("I1304")!) })
        return try #require(TrainingPaths(input).paths.first)
    }

    /// Without a diploma (level 2) to a DE aide-soignant (level 4), from a CAP (level 3) to a titre
    /// professionnel of level 5: two levels up, one step — access 0.75, not 0.5, the reason says why,
    /// and the training paths' first path has that one step.
    @Test(arguments: [
        ("DE - DE Aide-Soignant", 4, DiplomeLePlusEleve.aucun, EntryRule.Exception.diplomeEtatSansPrerequis),
        ("TP - Technicien supérieur de maintenance industrielle", 5, .niveau(Niveau(3)!), .titreProfessionnel)
    ])
    func aCertificationOpenWithoutDiplomaIsOneStepInBothEngines(title: String, niveau: Int, person: DiplomeLePlusEleve, exception: EntryRule.Exception) throws {
        let certification = F.certification(40, niveau: niveau, title: title)
        let (access, reasons) = try Self.matchingAccess(certification, person: person)
        #expect(access == 0.75)
        #expect(reasons == [.oneStepWithoutDiploma(exception, niveau: Niveau(niveau)!, levelGap: 2)])
        let path = try Self.firstPath(certification, person: person)
        #expect(path.steps.count == 1 && path.stepsComplete)
        #expect(path.steps[0].entry == .withoutDiploma(exception))
        #expect(Self.steps(access: access) == path.steps.count)
    }

    /// The same level with an ordinary title: one step per level in both engines.
    @Test func anOrdinaryCertificationTwoLevelsUpIsTwoStepsInBothEngines() throws {
        let bts = F.certification(41, niveau: 5, title: "BTS - Maintenance des systèmes")
        let (access, reasons) = try Self.matchingAccess(bts, person: .niveau(Niveau(3)!))
        #expect(access == 0.5)
        #expect(reasons == [.levelsMissing(2, lowest: Niveau(5)!)])
        let path = try Self.firstPath(bts, person: .niveau(Niveau(3)!), bridges: [F.certification(42, niveau: 4, title: "Bac pro - Maintenance")])
        #expect(path.steps.map(\.certification) == [F.code(42), F.code(41)] && path.stepsComplete)
        #expect(Self.steps(access: access) == path.steps.count)
    }

    /// The lowest certification and the lowest one open without a diploma: the fewer steps wins, and the
    /// reason names the one that gives them.
    @Test func theNearestCertificationCounts() throws {
        let entry = MatchingFicheEntry(
            code: F.target, label: "Cible", certificationLevels: [Niveau(5)!, Niveau(6)!, Niveau(5)!],
            openCertifications: [.init(niveau: Niveau(6)!, exception: .cqp), .init(niveau: Niveau(5)!, exception: .titreProfessionnel)])
        let index = MatchingIndex(fiches: [entry])
        #expect(index.lowestOpenCertification == [.init(niveau: Niveau(5)!, exception: .titreProfessionnel)])
        #expect((2...7).map { index.certificationSteps(row: 0, from: $0) } == [1, 1, 1, 0, 0, 0])
        let ordinary = MatchingIndex(fiches: [MatchingFicheEntry(code: F.target, label: "Cible", certificationLevels: [Niveau(5)!, Niveau(6)!])])
        #expect((2...7).map { ordinary.certificationSteps(row: 0, from: $0) } == [3, 2, 1, 0, 0, 0])
        let bac = try #require(MatchingRanking(index: index, person: MatchingPerson(diplome: .niveau(Niveau(4)!))).match(for: F.target))
        // One level up: an ordinary step, said as such.
        #expect(bac.access.reasons == [.levelsMissing(1, lowest: Niveau(5)!)])
    }

    @Test func theSentenceNamesTheException() {
        let reason = AccessExplanation.Reason.oneStepWithoutDiploma(.diplomeEtatSansPrerequis, niveau: Niveau(4)!, levelGap: 2)
        #expect(
            reason.sentence(in: .fr)
                == "une seule étape pour 2 niveaux d’écart : une certification de niveau 4 s’obtient sans condition de diplôme (diplôme d’État accessible sur sélection)"
        )
        #expect(
            reason.sentence(in: .en)
                == "one step for a 2-level gap: a level 4 certification is open without a diploma condition (diplôme d’État open by selection)")
    }
}
