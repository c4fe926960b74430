import JalonCore
import Testing

@Suite("Interest profile: scores, code, warnings, explanations")
struct InterestProfileTests {
    let questionnaire = ScoringFixtures.riasecShaped

    /// Karim's answers in Samples/karim-montbeliard-reconversion.xml (two items per type answered)
    /// and the profile stored there: R 100, I 63, A 13, S 63, E 25, C 63. By hand: R (4+4)/8 = 100 %,
    /// I (3+2)/8 = 62.5 → 63, A (1+0)/8 = 12.5 → 13, S (2+3)/8 → 63, E (1+1)/8 = 25, C (3+2)/8 → 63.
    @Test func reproducesTheKarimSample() throws {
        let answers = ScoringFixtures.answers([
            ("r1", 4), ("r2", 4), ("i1", 3), ("i2", 2), ("a1", 1), ("a2", 0),
            ("s1", 2), ("s2", 3), ("e1", 1), ("e2", 1), ("c1", 3), ("c2", 2)
        ])
        let profile = try questionnaire.profile(for: answers)
        #expect(profile.scores.map(\.percent) == [100, 63, 13, 63, 25, 63])
        #expect(profile.scores.map(\.raw) == [8, 5, 1, 5, 2, 5])
        #expect(profile.scores.map(\.maximum) == [8, 8, 8, 8, 8, 8])
        // I, S and C tie at 62.5 % with equal raw sums: hexagon order picks I then S.
        #expect(profile.code.description == "RIS")
        #expect(profile.warnings.contains(.incomplete(answered: 12, expected: 48)))
        #expect(profile.warnings.contains(.tiedThirdLetter([.investigateur, .social, .conventionnel])))
        #expect(!profile.isUndifferentiated)
        let stored = profile.riasecProfile(computed: Timestamp(secondsSince1970: 0))
        #expect(RiasecType.allCases.map { stored[$0] } == [100, 63, 13, 63, 25, 63])
    }

    /// Every component a screen needs to explain « Social 63 % ».
    @Test func socialScoreCarriesItsAnswers() throws {
        let profile = try questionnaire.profile(for: ScoringFixtures.answers([("s2", 3), ("r1", 1), ("s1", 2), ("s5", 4)]))
        let social = profile[.social]
        #expect(social.raw == 9 && social.maximum == 12 && social.answered == 3 && social.itemCount == 8)
        #expect(social.percent == 75)  // 100 × 9 / 12
        #expect(social.contributions.map(\.question.rawValue) == ["s1", "s2", "s5"])  // questionnaire order
        #expect(social.strongest.map(\.question.rawValue) == ["s5", "s2", "s1"])
        #expect(social.contributions.map(\.answer.value) == [2, 3, 4])
        #expect(profile[.artistique].answered == 0 && profile[.artistique].percent == 0)
    }

    /// Rounding is half up and integer: 1/8 = 12.5 → 13, 3/8 = 37.5 → 38, 7/12 = 58.33 → 58.
    @Test func roundsHalfUp() {
        func percent(_ points: [Int]) -> Int {
            TypeScore(
                type: .realiste, itemCount: 8,
                contributions: points.enumerated().map {
                    ItemContribution(question: QuestionID("r\($0.offset + 1)")!, answer: Rating($0.element)!, points: $0.element)
                }
            ).percent
        }
        #expect(percent([1, 0]) == 13)
        #expect(percent([3, 0]) == 38)
        #expect(percent([4, 3, 0]) == 58)
        #expect(percent([]) == 0)
    }

    /// The same answer everywhere: nothing to tell apart (standard deviation 0), code by hexagon order.
    @Test func uniformAnswersAreFlagged() throws {
        let answers = ScoringFixtures.answers(questionnaire.items.map { ($0.id.rawValue, 2) })
        let profile = try questionnaire.profile(for: answers)
        #expect(profile.isUndifferentiated)
        #expect(profile.warnings.contains(.undifferentiated(standardDeviation: 0)))
        #expect(profile.code.description == "RIA")
        #expect(!profile.warnings.contains { if case .incomplete = $0 { true } else { false } })
    }

    /// Standard deviation just either side of 10 points. Scores 100, 75 ×5: mean 79.17, SD 9.32 →
    /// flagged. Scores 100, 100, 75 ×4: mean 83.33, SD 11.79 → not flagged.
    @Test func uniformityThreshold() throws {
        func profile(liking types: Set<RiasecType>) throws -> InterestProfile {
            try questionnaire.profile(
                for: ScoringFixtures.answers(
                    questionnaire.items.map {
                        ($0.id.rawValue, types.contains($0.type) ? 4 : 3)
                    }))
        }
        let one = try profile(liking: [.social])
        #expect(one.isUndifferentiated)
        #expect(one.code.description == "SRI")
        let two = try profile(liking: [.social, .entreprenant])
        #expect(!two.isUndifferentiated)
        #expect(two.code.description == "SER")
    }

    /// With unequal numbers of answers, the exact score decides before rounding, then the raw sum
    /// (more answers agreeing), then the hexagon.
    @Test func tieRule() throws {
        // A: 4/4 = 100 %; E: 4+4/8 = 100 % with a higher raw sum → E before A.
        let profile = try questionnaire.profile(for: ScoringFixtures.answers([("a1", 4), ("e1", 4), ("e2", 4), ("c1", 3)]))
        #expect(profile.ranked.prefix(3) == [.entreprenant, .artistique, .conventionnel])
        #expect(!profile.warnings.contains { if case .tiedThirdLetter = $0 { true } else { false } })
    }

    /// Karim's code RIS against a ROME fiche whose major type is R and minor type I:
    /// Iachan 22 + 5 of 27, Brown & Gore 9 + 6 of 15, Zener & Schnuelle rule 5 of 5.
    @Test func congruenceWithAFiche() throws {
        let answers = ScoringFixtures.answers([
            ("r1", 4), ("r2", 4), ("i1", 3), ("i2", 2), ("a1", 1), ("a2", 0),
            ("s1", 2), ("s2", 3), ("e1", 1), ("e2", 1), ("c1", 3), ("c2", 2)
        ])
        let congruences = try questionnaire.profile(for: answers).congruences(with: HollandCode(major: .realiste, minor: .investigateur))
        #expect(congruences.map(\.index) == [.iachan, .brownGore, .zenerSchnuelle])
        #expect(congruences.map(\.raw) == [27, 15, 5])
        #expect(congruences.map(\.value) == [1, 1, 1])
    }

    @Test func reverseScoredItemsCountBackwards() throws {
        let reversed = ScoringFixtures.questionnaire(itemsPerType: 2, reversed: ["r2"])
        let profile = try reversed.profile(for: ScoringFixtures.answers([("r1", 4), ("r2", 1)]))
        #expect(profile[.realiste].raw == 7)  // 4 + (4 − 1)
        #expect(profile[.realiste].contributions.map(\.points) == [4, 3])
        #expect(profile[.realiste].contributions.map(\.answer.value) == [4, 1])
    }

    @Test func refusesAnswersItCannotScore() {
        #expect(throws: ProfileError.wrongQuestionnaire(expected: "jalon-riasec-1", found: "autre-1")) {
            try questionnaire.profile(for: ScoringFixtures.answers([("r1", 4)], questionnaire: "autre-1"))
        }
        #expect(throws: ProfileError.unknownQuestion(QuestionID("r9")!)) {
            try questionnaire.profile(for: ScoringFixtures.answers([("r9", 4)]))
        }
        #expect(throws: ProfileError.answeredTwice(QuestionID("s1")!)) {
            try questionnaire.profile(for: ScoringFixtures.answers([("s1", 4), ("s1", 2)]))
        }
    }

    @Test func questionnaireChecksItsKey() {
        let scale = (0...4).map { LocalizedText(fr: "\($0)", en: "\($0)") }
        let text = LocalizedText(fr: "t", en: "t")
        let item = { (id: String, type: RiasecType) in QuestionnaireItem(id: QuestionID(id)!, type: type, text: text) }
        let allTypes = RiasecType.allCases.map { item("\($0.rawValue.lowercased())1", $0) }
        #expect(throws: QuestionnaireError.typeWithoutItems(.conventionnel)) {
            try Questionnaire(id: "q", title: text, instructions: text, scale: scale, items: Array(allTypes.dropLast()))
        }
        #expect(throws: QuestionnaireError.duplicateItem(QuestionID("r1")!)) {
            try Questionnaire(id: "q", title: text, instructions: text, scale: scale, items: allTypes + [item("r1", .social)])
        }
        #expect(throws: QuestionnaireError.scaleSize(found: 4)) {
            try Questionnaire(id: "q", title: text, instructions: text, scale: Array(scale.prefix(4)), items: allTypes)
        }
    }
}
