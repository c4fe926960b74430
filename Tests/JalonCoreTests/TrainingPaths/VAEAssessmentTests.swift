import Testing

@testable import JalonCore

/// VAE (loi n° 2022-1598): a related experience of any nature and duration, and ≥ 60 % of the
/// cœur-de-métier compétences confirmed.
@Suite struct VAEAssessmentTests {
    typealias F = PathsFixtures

    @Test func threeOfFiveAndOneYearIsEnough() {
        let vae = VAEAssessment(target: F.targetFiche(), person: F.person(skills: [101, 102, 103, 106, 201], experienceYears: 1))
        // The cœur savoir 201 and the ordinary 106 do not count: 3 / 5.
        #expect(vae.coeurDeMetier == 5)
        #expect(vae.covered == [OgrCode(101), OgrCode(102), OgrCode(103)])
        #expect(vae.coverage == 0.6)
        #expect(vae.relatedYears == 1)
        #expect(vae.isEligible)
    }

    @Test func twoOfFiveIsNotEnough() {
        #expect(!VAEAssessment(target: F.targetFiche(), person: F.person(skills: [101, 102], experienceYears: 10)).isEligible)
    }

    /// The one-year minimum was removed in 2022: half a year is enough with the cœur de métier covered.
    @Test func anyDurationCounts() {
        #expect(VAEAssessment(target: F.targetFiche(), person: F.person(skills: [101, 102, 103, 104, 105], experienceYears: 0.5)).isEligible)
    }

    /// Any nature counts (volunteering, a hobby in direct relation with the certification…): coverage
    /// is the signal, not the kind of activity.
    @Test(arguments: Experience.Nature.allCases)
    func everyNatureIsRelatedExperience(nature: Experience.Nature) {
        let vae = VAEAssessment(target: F.targetFiche(), person: F.person(skills: [101, 102, 103], experienceYears: 5, experienceNature: nature))
        #expect(vae.relatedYears == 5)
        #expect(vae.isEligible)
        #expect(!VAEAssessment(target: F.targetFiche(), person: F.person(skills: [101], experienceYears: 5, experienceNature: nature)).isEligible)
    }

    /// Without any related experience, skills alone are not a VAE.
    @Test func skillsWithoutExperienceAreNotEnough() {
        #expect(!VAEAssessment(target: F.targetFiche(), person: F.person(skills: [101, 102, 103, 104, 105])).isEligible)
        #expect(VAEAssessment.isReady(coverage: 1, hasRelatedExperience: false) == false)
        #expect(VAEAssessment.isReady(coverage: 0.6, hasRelatedExperience: true))
        #expect(!VAEAssessment.isReady(coverage: 0.59, hasRelatedExperience: true))
    }

    @Test func anExperienceElsewhereIsRelatedWhenItShowedASkillOfTheFiche() {
        // The experience's appellation is another fiche, but it is where the person confirmed skill 106 of the target.
        let person = F.person(skills: [101, 102, 103, 106], experienceYears: 4, experienceFiche: RomeCode("H2909")!)
        #expect(VAEAssessment(target: F.targetFiche(), person: person).relatedYears == 4)
        let unrelated = F.person(skills: [], experienceYears: 4, experienceFiche: RomeCode("H2909")!)
        #expect(VAEAssessment(target: F.targetFiche(), person: unrelated).relatedYears == 0)
    }

    @Test func personReadsConfirmedSkillsAndYearsFromTheProject() throws {
        let x1 = ExperienceID("x1")!
        var project = Project.started(displayName: "Test", at: Timestamp(secondsSince1970: 0))
        project.profil = Profil(
            anneeNaissance: 1984, commune: Commune(codeInsee: "25388", nom: "Montbéliard"), situation: .salarie, diplome: .niveau(Niveau(3)!))
        project.competences = Competences(
            experiences: [
                Experience(
                    id: x1, nature: .emploi, appellation: RomeItemRef(code: OgrCode(10535)), debut: Day(year: 2020, month: 1, day: 1),
                    fin: Day(year: 2022, month: 1, day: 1))!
            ],
            competences: [
                Competence(item: RomeItemRef(code: OgrCode(101)), source: .experience(x1), maitrise: .expertise)!,
                Competence(item: RomeItemRef(code: OgrCode(102)), source: .suggeree(from: x1))!,
                Competence(item: RomeItemRef(code: OgrCode(105)), source: .suggeree(from: x1), maitrise: .autonomie)!,
                Competence(item: RomeItemRef(code: OgrCode(103)), source: .declaree, maitrise: .notions)!,
                Competence(item: RomeItemRef(code: OgrCode(104)), source: .declaree)!
            ])
        let person = PathPerson(
            project: project, today: Day(year: 2026, month: 11, day: 29)!, ficheOfAppellation: { _ in PathsFixtures.target },
            regionOfDepartement: { $0.code == "25" ? "27" : nil })
        #expect(person.age == 42)
        #expect(person.departement?.code == "25")
        #expect(person.region == "27")
        // As for matching: an unrated suggestion is not confirmed, a rated one is; "notions" is not mastered.
        #expect(person.confirmedSkills.map(\.item) == [OgrCode(101), OgrCode(105), OgrCode(104)])
        // 2020-01-01 → 2022-01-01 is 731 days: 731 / 365.25.
        #expect(abs(person.experiences[0].years - 731 / 365.25) < 1e-12)
        #expect(person.experiences[0].fiche == PathsFixtures.target)
    }
}
