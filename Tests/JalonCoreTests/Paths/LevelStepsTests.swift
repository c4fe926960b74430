import Testing
@testable import JalonCore

/// The stepping rule: at most two levels per certification, bridges of the highest level within reach.
@Suite struct LevelStepsTests {
    typealias F = PathsFixtures

    let level4 = F.candidate(F.certification(4, niveau: 4))
    let level5 = F.candidate(F.certification(5, niveau: 5))
    let level6 = F.candidate(F.certification(6, niveau: 6))

    @Test func aGapOfTwoIsOneStep() {
        let (steps, complete) = LevelSteps.chain(from: 4, to: level6, bridges: [level4, level5, level6])
        #expect(steps.map(\.code) == [F.code(6)])
        #expect(complete)
    }

    @Test func threeToSixGoesThroughTheHighestLevelWithinReach() {
        // From 3, reach is 4…5: level 5 is taken, then 5 → 6 is within two levels.
        let (steps, complete) = LevelSteps.chain(from: 3, to: level6, bridges: [level4, level5, level6])
        #expect(steps.map(\.code) == [F.code(5), F.code(6)])
        #expect(complete)
    }

    @Test func noDiplomaStartsFromTwo() {
        // 2 → 6: reach 3…4 takes level 4, then 4 → 6.
        let (steps, _) = LevelSteps.chain(from: 2, to: level6, bridges: [level4, level5, level6])
        #expect(steps.map(\.code) == [F.code(4), F.code(6)])
    }

    @Test func theFirstBridgeInPreferenceOrderWinsAmongEqualLevels() {
        let other5 = F.candidate(F.certification(9, niveau: 5), fiche: RomeCode("I1304")!)
        let (steps, _) = LevelSteps.chain(from: 3, to: level6, bridges: [level5, other5])
        #expect(steps.first?.code == F.code(5))
        let (reversed, _) = LevelSteps.chain(from: 3, to: level6, bridges: [other5, level5])
        #expect(reversed.first?.code == F.code(9))
    }

    @Test func aGapWithoutBridgeIsReportedIncomplete() {
        let (steps, complete) = LevelSteps.chain(from: 3, to: level6, bridges: [level6])
        #expect(steps.map(\.code) == [F.code(6)])
        #expect(!complete)
    }

    @Test func unknownLevelIsOneStep() {
        let (steps, complete) = LevelSteps.chain(from: nil, to: level6, bridges: [level4, level5])
        #expect(steps.count == 1 && complete)
    }

    @Test(arguments: [
        (3, 6, 2, true, 0.5), (4, 6, 1, true, 1.0), (4, 5, 1, true, 1.0), (4, 4, 1, true, 0.9), (5, 4, 1, true, 0.7), (3, 8, 3, true, 1.0 / 3), (3, 6, 1, false, 0.25),
    ])
    func levelComponent(start: Int, niveau: Int, steps: Int, complete: Bool, expected: Double) {
        let component = TrainingPaths.levelComponent(start: start, niveau: niveau, voie: .formationContinue, steps: steps, complete: complete)
        #expect(abs(component.value - expected) < 1e-12)
    }

    @Test func vaeAndUnknownLevel() {
        #expect(TrainingPaths.levelComponent(start: 3, niveau: 6, voie: .vae, steps: 1, complete: true).value == 1)
        #expect(TrainingPaths.levelComponent(start: nil, niveau: 6, voie: .formationContinue, steps: 1, complete: true).value == 0.5)
    }
}
