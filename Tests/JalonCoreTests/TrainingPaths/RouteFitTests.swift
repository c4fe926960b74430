import Testing

@testable import JalonCore

/// Routes by situation and age (JalonCore.docc/TrainingPaths.md, "Routes").
@Suite struct RouteFitTests {
    typealias F = PathsFixtures
    let notEligible = VAEAssessment(target: F.targetFiche(), person: F.person())

    func routes(_ person: PathPerson, apprenticeship: Bool? = true) -> [Formation.Voie: Double] {
        let vae = VAEAssessment(target: F.targetFiche(), person: person)
        return Dictionary(
            uniqueKeysWithValues: RouteFit.routes(for: F.certification(1, niveau: 4, apprenticeship: apprenticeship), person: person, vae: vae).map {
                ($0.0, $0.1)
            })
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

/// Certif Info's access routes take away the routes a certification is closed to.
@Suite struct RouteAccessTests {
    typealias F = PathsFixtures

    func routes(_ person: PathPerson, access: VoiesAcces) -> [Formation.Voie] {
        let base = F.certification(1, niveau: 3, apprenticeship: false)
        let certification = Certification(
            code: base.code, title: base.title, niveau: base.niveau, niveauSource: base.niveauSource, isActive: true, replacedBy: [], certifiers: [],
            formacodes: [], nsf: [], openToApprenticeship: false, voiesAcces: access, romeCodes: base.romeCodes, diplomaCodes: [], sources: base.sources)
        return RouteFit.routes(for: certification, person: person, vae: VAEAssessment(target: F.targetFiche(), person: person)).map(\.0)
    }

    static func voies(initiale: Bool?, continue formationContinue: Bool?, vae: Bool?) -> VoiesAcces {
        VoiesAcces(
            formationInitiale: initiale, apprentissage: nil, formationContinue: formationContinue, contratProfessionnalisation: nil,
            vae: vae, candidatureIndividuelle: nil)
    }

    @Test func aTitreProfessionnelIsNotForAPupil() {
        let pupil = F.person(level: .aucun, situation: .lyceen, age: 17)
        #expect(routes(pupil, access: .unknown) == [.initiale])
        #expect(routes(pupil, access: Self.voies(initiale: false, continue: true, vae: true)) == [])
    }

    @Test func closedContinuingEducationAndVAEAreNotProposed() {
        let experienced = F.person(skills: [101, 102, 103], experienceYears: 3)
        #expect(routes(experienced, access: .unknown) == [.formationContinue, .vae])
        #expect(routes(experienced, access: Self.voies(initiale: nil, continue: false, vae: false)) == [])
    }
}
