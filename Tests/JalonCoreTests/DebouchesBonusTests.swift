import JalonCore
import JalonTestSupport
import Testing

/// The job-prospects part of a score (the preference « métiers qui recrutent »), on its formula alone.
@Suite("Matching: the job-prospects bonus")
struct DebouchesBonusTests {
    @Test func categoriesGiveZeroToOne() {
        #expect([1, 2, 3, 4, 5].map { MatchingWeights.debouches(category: $0) } == [0, 0.25, 0.5, 0.75, 1])
        #expect(MatchingWeights.debouches(category: nil) == 0)
        #expect(MatchingWeights.debouchesBonus == 0.10)
    }

    /// Over random scores: the part exists only when asked for, adds 100 × (1 − base) × 0.10 × D, leaves
    /// every other part's points as they were, and a higher D never gives a lower total.
    @Test(arguments: [UInt64(1), 2, 3])
    func theBonusLeavesTheOtherPartsAlone(seed: UInt64) {
        var generator = SeededGenerator(seed: seed)
        for _ in 0..<500 {
            let unit = { Double.random(in: 0...1, using: &generator) }
            let (interest, skill, access, mobilite, preference) = (unit(), unit(), unit(), unit(), Bool.random(using: &generator) ? 1.0 : 0)
            func score(_ debouches: Double?) -> MatchScore {
                MatchScore(
                    centres: interest, congruence: nil, interest: interest, skill: skill, access: access, mobilite: mobilite,
                    preference: preference, isExcluded: false, debouches: debouches)
            }
            let off = score(nil)
            #expect(off.parts == [.interets, .competences, .acces, .mobilite, .preferences])
            var previous = off.total
            for category in 1...5 {
                let on = score(MatchingWeights.debouches(category: category))
                #expect(on.parts == off.parts + [.debouches])
                #expect(off.parts.allSatisfy { on.points($0) == off.points($0) })
                #expect(abs(on.points(.debouches) - 100 * (1 - on.base) * 0.10 * MatchingWeights.debouches(category: category)) < 1e-12)
                #expect(on.total >= previous && on.total <= 100)
                previous = on.total
            }
        }
    }
}
