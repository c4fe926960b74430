import Testing
@testable import JalonCore

/// Routes by situation and age (article TrainingPaths, "Routes").
@Suite struct RouteFitTests {
    typealias F = PathsFixtures
    let notEligible = VAEAssessment(target: F.targetFiche(), person: F.person())

    func routes(_ person: PathPerson, apprenticeship: Bool? = true) -> [Formation.Voie: Double] {
        let vae = VAEAssessment(target: F.targetFiche(), person: person)
        return Dictionary(uniqueKeysWithValues: RouteFit.routes(for: F.certification(1, niveau: 4, apprenticeship: apprenticeship), person: person, vae: vae).map { ($0.0, $0.1) })
    }

    @Test func aLyceenGetsSchoolAndApprenticeship() {
        #expect(routes(F.person(level: .aucun, situation: .lyceen, age: 17)) == [.initiale: 1, .apprentissage: 1])
    }

    @Test func apprenticeshipOnlyWhereTheCertificationIsOpenToIt() {
        #expect(routes(F.person(level: .aucun, situation: .lyceen, age: 17), apprenticeship: nil) == [.initiale: 1])
    }

    @Test func anEmployeeOfFortyTwoGetsContinuingEducationAndVAEWhenEligible() {
        #expect(routes(F.person(situation: .salarie, age: 42)) == [.formationContinue: 1])
        #expect(routes(F.person(situation: .salarie, age: 42, skills: [101, 102, 103], experienceYears: 5)) == [.formationContinue: 1, .vae: 1])
    }

    @Test func apprenticeshipStopsAtTwentyNine() {
        #expect(routes(F.person(situation: .demandeurEmploi, age: 29))[.apprentissage] == 1)
        #expect(routes(F.person(situation: .demandeurEmploi, age: 30))[.apprentissage] == nil)
        #expect(routes(F.person(situation: .salarie, age: 25))[.apprentissage] == 0.7)
        #expect(routes(F.person(situation: nil, age: nil)) == [.apprentissage: 0.6, .formationContinue: 0.8])
    }
}
