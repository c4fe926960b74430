import JalonCore
import JalonStore
import Testing

/// Thin inputs: what a person is shown when they have said little (<doc:Matching>, "Thin inputs").
@Suite("Métier matching: thin inputs, partial questionnaires, ties")
struct ThinInputTests {
    typealias R = RealCatalogue

    @Test func readinessFollowsTheDocumentedMinimum() {
        #expect(SuggestionReadiness(person: MatchingPerson()) == .notReady)
        #expect(SuggestionReadiness(person: MatchingPerson(diplome: .niveau(Niveau(4)!))) == .notReady)
        let one = MatchingPerson(centres: R.centres([27: 4]))
        #expect(SuggestionReadiness(person: one) == .provisional([.interests(ratedCentres: 1), .skills(count: 0)]))
        #expect(SuggestionReadiness(person: MatchingPerson(centres: R.centres([1: 4, 2: 3, 3: 2, 4: 1, 5: 0]))) == .ready)
        #expect(SuggestionReadiness(person: MatchingPerson(hollandCode: HollandCode("RIC"))) == .ready)
        let skills = [OgrCode(1), OgrCode(2)].map { MatchingPerson.Skill(item: $0, maitrise: .pratique) }
        #expect(SuggestionReadiness(person: MatchingPerson(skills: skills)).isProvisional)
        #expect(SuggestionReadiness(person: MatchingPerson(skills: skills + [.init(item: OgrCode(3), maitrise: .pratique)])) == .ready)
        #expect(SuggestionReadiness(person: MatchingPerson(experienceAppellations: [OgrCode(1)])) == .ready)
        // Provisional suggestions say so first, in the saved record too.
        let ranking = MatchingRanking(index: R.index, person: one)
        let saved = SavedSuggestion(ranking.top(1)[0], language: .fr, readiness: SuggestionReadiness(person: one))
        #expect(saved.raisons.first?.hasPrefix("suggestions provisoires : 1 centre(s) d’intérêt noté(s) sur 5") == true)
    }

    /// A single answer `r1=4` used to give the code "RIA" and lift every R fiche by 12 points.
    @Test func aPartialQuestionnaireGivesNoHollandCode() throws {
        let questionnaire = try QuestionnaireLoader.bundledRiasec()
        let first = try #require(questionnaire.items.first)
        let partial = try questionnaire.profile(
            for: RiasecAnswers(
                questionnaire: questionnaire.id,
                reponses: [RiasecAnswer(question: first.id, rating: Rating(4)!)]))
        #expect(!partial.isComplete)
        #expect(partial.usableCode == nil)
        var project = Project.started(displayName: "Partiel", at: Timestamp(secondsSince1970: 0))
        project.interets = Interets(riasec: RiasecAnswers(questionnaire: questionnaire.id, reponses: [RiasecAnswer(question: first.id, rating: Rating(4)!)]))
        let person = MatchingPerson(scoring: project, questionnaire: try QuestionnaireLoader.bundledRiasec())
        #expect(person.hollandCode == nil)
        #expect(SuggestionReadiness(person: person) == .notReady)
        // A complete, differentiated questionnaire does give one.
        let complete = try questionnaire.profile(
            for: RiasecAnswers(
                questionnaire: questionnaire.id,
                reponses: questionnaire.items.map {
                    RiasecAnswer(question: $0.id, rating: Rating($0.type == .realiste ? 4 : $0.type == .investigateur ? 3 : $0.type == .conventionnel ? 2 : 0)!)
                }))
        #expect(complete.usableCode != nil)
    }

    /// One centre rated: many fiches share the top score. They are shown as ties (the same ranks), ordered
    /// by skill fit, then interest fit, then code — never as if the first were better.
    @Test func equalShownTotalsAreTies() throws {
        let ranking = MatchingRanking(index: R.index, person: MatchingPerson(centres: R.centres([27: 4])))
        let top = ranking.top(10)
        let first = try #require(top.first)
        let tie = try #require(first.tiedRanks)
        #expect(tie.lowerBound == 1 && tie.upperBound >= 2)
        let tied = ranking.order.prefix(tie.upperBound).map { ranking.scores[$0] }
        #expect(Set(tied.map(\.shownTotalTenths)).count == 1)
        let keys = ranking.order.prefix(tie.upperBound).map { (ranking.scores[$0].skill, ranking.scores[$0].interest, -$0) }
        #expect(zip(keys, keys.dropFirst()).allSatisfy { $0 >= $1 })
        #expect(top.allSatisfy { $0.tiedRanks == nil || $0.tiedRanks!.contains($0.rank) })
    }
}
