import Testing

@testable import JalonCore

/// `Project.recordChange(of:)`: an edit makes later finished steps à revoir, and leaves a step already
/// behind the person terminée while it is still complete.
@Suite struct RecordChangeTests {
    /// Every step up to the plan finished, the person on the plan.
    static func atPlan() -> Project {
        var project = ReadinessTests.complete()
        project.progression.current = .plan
        for step in Step.allCases where step < .plan { project.progression[step] = .terminee }
        project.progression[.plan] = .enCours
        return project
    }

    @Test func editingAnEarlierStepMarksTheFinishedStepsAfterItToReview() {
        var project = Self.atPlan()
        project.profil?.mobiliteKm = 50
        project.recordChange(of: .profil)
        #expect(project.progression[.profil] == .terminee)
        #expect([Step.interets, .competences, .pistes, .formations].allSatisfy { project.progression[$0] == .aRevoir })
        #expect(project.progression[.plan] == .enCours)
        #expect(project.progression.current == .plan)
    }

    @Test func anEarlierStepLeftIncompleteByTheEditIsInProgressAgain() {
        var project = Self.atPlan()
        project.pistes = Pistes()
        project.recordChange(of: .pistes)
        #expect(project.progression[.pistes] == .enCours)
        #expect(project.progression[.formations] == .aRevoir)
        #expect(project.progression[.profil] == .terminee)
    }

    @Test func editingTheCurrentStepKeepsItInProgress() {
        var project = Self.atPlan()
        project.recordChange(of: .plan)
        #expect(project.progression[.plan] == .enCours)
        #expect(project.progression[.formations] == .terminee)
    }
}
