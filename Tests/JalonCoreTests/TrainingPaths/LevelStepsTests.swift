import Testing

@testable import JalonCore

/// The stepping rule: level n + 1 after level n; level n + 2 or more through level n + 1, unless the
/// certification admits without a diploma (titre professionnel, CQP, some diplômes d'État).
@Suite struct LevelStepsTests {
    typealias F = PathsFixtures

    let level4 = F.candidate(F.certification(4, niveau: 4))
    let level5 = F.candidate(F.certification(5, niveau: 5))
    let level6 = F.candidate(F.certification(6, niveau: 6))

    @Test func aGapOfOneIsOneStep() {
        let (steps, entries, complete) = LevelSteps.chain(from: 5, to: level6, bridges: [level4, level5, level6])
        #expect(steps.map(\.code) == [F.code(6)])
        #expect(entries == [.nextLevel(from: 5)])
        #expect(complete)
    }

    @Test func aBTSFromACAPGoesThroughLevelFour() {
        let (steps, entries, complete) = LevelSteps.chain(from: 3, to: level5, bridges: [level4, level5, level6])
        #expect(steps.map(\.code) == [F.code(4), F.code(5)])
        #expect(entries == [.nextLevel(from: 3), .nextLevel(from: 4)])
        #expect(complete)
    }

    @Test func threeToSixTakesThreeCertifications() {
        let (steps, entries, _) = LevelSteps.chain(from: 3, to: level6, bridges: [level4, level5, level6])
        #expect(steps.map(\.code) == [F.code(4), F.code(5), F.code(6)])
        #expect(entries == [.nextLevel(from: 3), .nextLevel(from: 4), .nextLevel(from: 5)])
    }

    /// A titre professionnel of level 5 admits without a diploma: one step from level 3, and it may also
    /// serve as a bridge that skips a level.
    @Test func aTitreProfessionnelAdmitsWithoutADiploma() {
        let tp5 = F.candidate(F.certification(50, niveau: 5, title: "TP - Technicien supérieur de maintenance industrielle"))
        let (steps, entries, _) = LevelSteps.chain(from: 3, to: tp5, bridges: [level4])
        #expect(steps.map(\.code) == [F.code(50)])
        #expect(entries == [.withoutDiploma(.titreProfessionnel)])
        let (through, throughEntries, complete) = LevelSteps.chain(from: 3, to: level6, bridges: [level4, tp5])
        #expect(through.map(\.code) == [F.code(50), F.code(6)])
        #expect(throughEntries == [.withoutDiploma(.titreProfessionnel), .nextLevel(from: 5)])
        #expect(complete)
    }

    @Test(arguments: [
        ("DE - DE Aide-Soignant", EntryRule.Exception.diplomeEtatSansPrerequis), ("DE - DE Accompagnant éducatif et social", .diplomeEtatSansPrerequis),
        ("TP - Cuisinier", .titreProfessionnel), ("CQP Agent de prévention et de sécurité", .cqp)
    ])
    func exceptionsAreReadFromTheTitle(title: String, exception: EntryRule.Exception) {
        #expect(EntryRule.exception(for: F.certification(1, niveau: 4, title: title)) == exception)
    }

    @Test func ordinaryDiplomasHaveNoException() {
        for title in ["BTS - Maintenance des systèmes", "DE - DE Infirmier", "CAP - Cuisine", "Licence professionnelle - Métiers de l'industrie"] {
            #expect(EntryRule.exception(for: F.certification(1, niveau: 4, title: title)) == nil, "\(title)")
        }
    }

    @Test func noDiplomaStartsFromTwo() {
        let level3 = F.candidate(F.certification(3, niveau: 3))
        let (steps, _, _) = LevelSteps.chain(from: 2, to: level5, bridges: [level3, level4, level5])
        #expect(steps.map(\.code) == [F.code(3), F.code(4), F.code(5)])
    }

    @Test func theFirstBridgeInPreferenceOrderWinsAmongEqualLevels() {
        let other4 = F.candidate(F.certification(9, niveau: 4), fiche: RomeCode("I1304")!)
        let (steps, _, _) = LevelSteps.chain(from: 3, to: level5, bridges: [level4, other4])
        #expect(steps.first?.code == F.code(4))
        let (reversed, _, _) = LevelSteps.chain(from: 3, to: level5, bridges: [other4, level4])
        #expect(reversed.first?.code == F.code(9))
    }

    @Test func aGapWithoutBridgeIsReportedIncomplete() {
        let (steps, entries, complete) = LevelSteps.chain(from: 3, to: level6, bridges: [level6, level5])
        #expect(steps.map(\.code) == [F.code(6)])
        #expect(entries == [.unbridged(from: 3)])
        #expect(!complete)
    }

    @Test func unknownLevelIsOneStep() {
        let (steps, entries, complete) = LevelSteps.chain(from: nil, to: level6, bridges: [level4, level5])
        #expect(steps.count == 1 && complete)
        #expect(entries == [.levelUnknown])
    }

    @Test(arguments: [
        (3, 5, 2, true, 0.5), (4, 5, 1, true, 1.0), (4, 4, 1, true, 0.9), (5, 4, 1, true, 0.7), (3, 6, 3, true, 1.0 / 3), (3, 6, 1, false, 0.25)
    ])
    func levelComponent(start: Int, niveau: Int, steps: Int, complete: Bool, expected: Double) throws {
        let component = TrainingPaths.levelComponent(start: start, niveau: niveau, voie: .formationContinue, steps: steps, complete: complete)
        #expect(abs(try #require(component.value) - expected) < 1e-12)
    }

    @Test func vaeAndUnknownLevel() {
        #expect(TrainingPaths.levelComponent(start: 3, niveau: 6, voie: .vae, steps: 1, complete: true).value == 1)
        // Not given is unknown, left out of the score: never a neutral 0.5.
        let unknown = TrainingPaths.levelComponent(start: nil, niveau: 6, voie: .formationContinue, steps: 1, complete: true)
        #expect(unknown.value == nil && unknown.reason == .levelUnknown)
    }
}
