import JalonCore
import JalonTestSupport
import Testing

/// Properties over 500 seeded random answer sets (some items left unanswered) to a questionnaire
/// shaped like jalon-riasec-1.
@Suite("Interest profile properties")
struct InterestProfilePropertyTests {
    let questionnaire = ScoringFixtures.riasecShaped

    static let seeds: [UInt64] = [1, 7, 2026, 0xC0FFEE, 0xDEAD_BEEF]

    func randomCases(seed: UInt64, count: Int = 100) -> [RiasecAnswers] {
        var generator = SeededGenerator(seed: seed)
        return (0..<count).map { _ in ScoringFixtures.randomAnswers(to: questionnaire, using: &generator) }
    }

    @Test(arguments: seeds)
    func scoresStayWithinBounds(_ seed: UInt64) throws {
        for answers in randomCases(seed: seed) {
            let profile = try questionnaire.profile(for: answers)
            for score in profile.scores {
                #expect((0...100).contains(score.percent))
                #expect((0...100).contains(score.exactPercent))
                #expect(score.raw >= 0 && score.raw <= score.maximum)
            }
            #expect(profile.code.count == 3)
            #expect(Set(profile.ranked) == Set(RiasecType.allCases))
        }
    }

    @Test(arguments: seeds)
    func isDeterministic(_ seed: UInt64) throws {
        for answers in randomCases(seed: seed) {
            #expect(try questionnaire.profile(for: answers) == questionnaire.profile(for: answers))
        }
    }

    @Test(arguments: seeds)
    func answerOrderNeverMatters(_ seed: UInt64) throws {
        var generator = SeededGenerator(seed: seed ^ 0x5A5A)
        for answers in randomCases(seed: seed) {
            var shuffled = answers
            shuffled.reponses.shuffle(using: &generator)
            #expect(try questionnaire.profile(for: shuffled) == questionnaire.profile(for: answers))
        }
    }

    /// Raising one answer of type T by one step never lowers T's score, and leaves the other types'
    /// scores as they were (jalon-riasec-1 has no reverse-scored item).
    @Test(arguments: seeds)
    func raisingAnAnswerNeverLowersItsType(_ seed: UInt64) throws {
        var generator = SeededGenerator(seed: seed ^ 0xA5A5)
        for answers in randomCases(seed: seed) {
            let raisable = answers.reponses.indices.filter { answers.reponses[$0].rating.value < 4 }
            guard let position = raisable.randomElement(using: &generator) else { continue }
            var raised = answers
            let answer = raised.reponses[position]
            raised.reponses[position] = RiasecAnswer(question: answer.question, rating: Rating(answer.rating.value + 1)!)
            let type = questionnaire.item(answer.question)!.type
            let before = try questionnaire.profile(for: answers), after = try questionnaire.profile(for: raised)
            #expect(after[type].exactPercent > before[type].exactPercent)
            #expect(after[type].percent >= before[type].percent)
            for other in RiasecType.allCases where other != type { #expect(after[other] == before[other]) }
        }
    }

    /// Answering one more item of type T with « J'aime beaucoup » never lowers T's score either.
    @Test(arguments: seeds)
    func addingATopAnswerNeverLowersItsType(_ seed: UInt64) throws {
        var generator = SeededGenerator(seed: seed ^ 0x3C3C)
        for answers in randomCases(seed: seed) {
            let answered = Set(answers.reponses.map(\.question))
            guard let item = questionnaire.items.filter({ !answered.contains($0.id) }).randomElement(using: &generator) else { continue }
            var more = answers
            more.reponses.append(RiasecAnswer(question: item.id, rating: Rating(4)!))
            #expect(try questionnaire.profile(for: more)[item.type].exactPercent >= questionnaire.profile(for: answers)[item.type].exactPercent)
        }
    }
}

/// Once every item is answered, the code a stored profile derives from its rounded percentages is
/// the profile's own code (see the article's tie rule).
@Suite("Stored profile agrees with the computed one")
struct StoredProfileAgreementTests {
    @Test(arguments: InterestProfilePropertyTests.seeds)
    func completeAnswersGiveTheSameCode(_ seed: UInt64) throws {
        let questionnaire = ScoringFixtures.riasecShaped
        var generator = SeededGenerator(seed: seed ^ 0x7777)
        for _ in 0..<100 {
            // Answers drawn from a narrow band make ties frequent, the case that matters here.
            let low = Int.random(in: 0...3, using: &generator)
            let answers = ScoringFixtures.answers(
                questionnaire.items.map {
                    ($0.id.rawValue, Int.random(in: low...(low + 1), using: &generator))
                })
            let profile = try questionnaire.profile(for: answers)
            #expect(profile.riasecProfile(computed: Timestamp(secondsSince1970: 0)).code == profile.code.description)
        }
    }
}
