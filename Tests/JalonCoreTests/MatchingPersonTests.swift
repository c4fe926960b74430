import JalonCore
import Testing

/// What matching reads of a project.
@Suite("Métier matching: the person of a project")
struct MatchingPersonTests {
    let experience = ExperienceID("x1")!

    func project(profil stored: [RiasecType: Int]? = nil, answers: RiasecAnswers? = nil) -> Project {
        let ogr = { (value: Int) in RomeItemRef(code: OgrCode(value)) }
        let competences = [
            Competence(item: ogr(1), source: .experience(experience), maitrise: .expertise)!,
            Competence(item: ogr(2), source: .declaree)!,  // confirmed, unrated: pratique
            Competence(item: ogr(3), source: .suggeree(from: experience))!,  // not confirmed: left out
            Competence(item: ogr(4), source: .suggeree(from: nil), maitrise: .notions)!,  // rated: counts
            Competence(libelle: "Conduite de chariot", source: .declaree, maitrise: .autonomie)!  // no ROME item
        ]
        let interets = Interets(
            centres: [CentreInteretRating(centre: CentreInteretCode(22)!, rating: Rating(4)!)], riasec: answers,
            profil: stored.map { SavedRiasecProfile(computed: Timestamp(secondsSince1970: 0), scores: $0)! })
        return Project(
            metadata: Metadata(created: .init(secondsSince1970: 0), updated: .init(secondsSince1970: 0), generator: Generator(name: "t", version: "0")),
            profil: Profil(diplome: .niveau(Niveau(4)!)), interets: interets,
            competences: Competences(experiences: [Experience(id: experience, nature: .emploi, appellation: ogr(9001))!], competences: competences),
            pistes: Pistes(retenues: [Piste(fiche: RomeCode("A1000")!)], ecartees: [Piste(fiche: RomeCode("B2000")!)]))
    }

    @Test func readsRatingsSkillsExperiencesLevelAndPistes() {
        let person = MatchingPerson(project: project())
        #expect(person.centres == [CentreInteretCode(22)!: Rating(4)!])
        #expect(
            person.skills == [
                .init(item: OgrCode(1), maitrise: .expertise), .init(item: OgrCode(2), maitrise: .pratique),
                .init(item: OgrCode(4), maitrise: .notions)
            ])
        #expect(person.experienceAppellations == [OgrCode(9001)])
        #expect(person.diplome == .niveau(Niveau(4)!))
        #expect(person.retenues == [RomeCode("A1000")!] && person.ecartees == [RomeCode("B2000")!])
        #expect(person.hollandCode == nil)
    }

    /// The stored profile gives the code; an undifferentiated one (standard deviation < 10) gives none.
    @Test func storedProfileGivesTheCodeUnlessUndifferentiated() {
        let clear: [RiasecType: Int] = [.realiste: 20, .investigateur: 30, .artistique: 10, .social: 90, .entreprenant: 70, .conventionnel: 60]
        #expect(MatchingPerson(project: project(profil: clear)).hollandCode == HollandCode("SEC"))
        let flat: [RiasecType: Int] = [.realiste: 50, .investigateur: 52, .artistique: 48, .social: 51, .entreprenant: 49, .conventionnel: 50]
        #expect(MatchingPerson(project: project(profil: flat)).hollandCode == nil)
    }

    /// With the profile computed from the answers, the code's types carry the answers behind them, and the
    /// explanation of a fiche quotes those of the types both codes share.
    @Test func computedProfileCarriesTheAnswers() throws {
        // Every item answered (a partial questionnaire gives no code), social and entreprenant clearly ahead.
        var given: [(String, Int)] = [("s1", 4), ("s2", 4), ("s3", 3), ("s4", 3), ("e1", 4), ("e2", 3), ("e3", 2), ("a1", 3)]
        for type in ["r", "i", "a", "s", "e", "c"] {
            for number in 1...8 where !given.contains(where: { $0.0 == "\(type)\(number)" }) { given.append(("\(type)\(number)", 0)) }
        }
        let answers = ScoringFixtures.answers(given)
        let profile = try ScoringFixtures.riasecShaped.profile(for: answers)
        #expect(profile.isComplete)
        let person = MatchingPerson(project: project(answers: answers), interestProfile: profile)
        #expect(person.hollandCode == profile.code)
        #expect(person.riasecAnswers[.social]?.first?.question.rawValue == "s1")
        let match = try #require(MatchingRanking(index: MatchingFixtures.index(), person: person).match(for: RomeCode("A1000")!))
        #expect(match.riasec?.sharedTypes == [.social, .entreprenant])
        #expect(match.riasec?.answers[.entreprenant]?.first?.question.rawValue == "e1")
        // The same first eight answers alone: a partial questionnaire, no code.
        let partial = ScoringFixtures.answers([("s1", 4), ("s2", 3), ("e1", 4), ("e2", 2), ("a1", 3), ("r1", 0), ("i1", 1), ("c1", 0)])
        let partialProfile = try ScoringFixtures.riasecShaped.profile(for: partial)
        #expect(MatchingPerson(project: project(answers: partial), interestProfile: partialProfile).hollandCode == nil)
    }
}
