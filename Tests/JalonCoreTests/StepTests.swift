import JalonCore
import Testing

@Suite("Steps and their states")
struct StepTests {
    @Test func stepsFollowTheJourneyOrder() {
        #expect(Step.allCases.map(\.rawValue) == ["profil", "interets", "competences", "pistes", "formations", "plan", "synthese"])
        #expect(Step.allCases.map(\.number) == Array(1...7))
        #expect(Step.allCases.sorted(by: >).first == .synthese)
        #expect(Step.interets < Step.pistes)
    }

    @Test func downstreamIsEverythingAfter() {
        #expect(Step.interets.downstream == [.competences, .pistes, .formations, .plan, .synthese])
        #expect(Step.synthese.downstream.isEmpty)
    }

    @Test func stateTokensAreASCII() {
        #expect(StepState.allCases.map(\.rawValue) == ["non-commencee", "en-cours", "terminee", "a-revoir"])
        #expect(StepState.allCases.allSatisfy { $0.rawValue.allSatisfy(\.isASCII) })
    }

    @Test func stateLabelsInBothLanguages() {
        #expect(StepState.allCases.map { $0.label(in: .fr) } == ["non commencée", "en cours", "terminée", "à revoir"])
        #expect(StepState.aRevoir.label(in: .en) == "to review")
        #expect(Step.allCases.map { $0.title(in: .fr) } == Step.allCases.map(\.frenchTitle))
    }

    @Test func unsetStepsAreNotStarted() {
        let progression = Progression()
        #expect(Step.allCases.allSatisfy { progression[$0] == .nonCommencee })
        #expect(progression == Progression(states: [.pistes: .nonCommencee]))
        #expect(progression.hashValue == Progression(states: [.pistes: .nonCommencee]).hashValue)
        #expect(progression != Progression(states: [.pistes: .enCours]))
    }

    @Test func changingAStepMarksFinishedLaterStepsForReview() {
        var progression = Progression(current: .plan)
        for step in [Step.profil, .interets, .competences, .pistes] { progression[step] = .terminee }
        progression[.formations] = .enCours
        progression.markChanged(.interets)
        #expect(progression[.profil] == .terminee, "upstream steps are untouched")
        #expect(progression[.interets] == .enCours)
        #expect(progression[.competences] == .aRevoir)
        #expect(progression[.pistes] == .aRevoir)
        #expect(progression[.formations] == .enCours, "work in progress is not downgraded")
        #expect(progression[.plan] == .nonCommencee)
        #expect(progression.current == .plan)
    }
}
