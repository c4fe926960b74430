import JalonTestSupport
import Testing

@testable import JalonCore

/// Scores computed by hand from the weights of JalonCore.docc/TrainingPaths.md: level 25, route 25,
/// insertion 20, offers 15, regulation 15.
@Suite struct TrainingPathsTests {
    typealias F = PathsFixtures

    func paths(
        _ candidates: [CertificationCandidate], person: PathPerson = F.person(), offers: [TrainingOffer]? = nil,
        target: TargetFiche = F.targetFiche(), successors: [CertificationCode: CertificationCandidate] = [:]
    ) -> TrainingPaths {
        TrainingPaths(TrainingPathsInput(target: target, person: person, candidates: candidates, successors: successors, offers: offers))
    }

    let level4 = F.candidate(F.certification(4, niveau: 4), rates: [F.rate(region: "27", emploi12: 78, sortants: 49)])

    @Test func scoreOfOneStepByContinuingEducationWithoutFeed() throws {
        // Level 3 → 4: 1 × 25; salarié in formation continue: 1 × 25; 78 % by apprenticeship, borrowed
        // (InserJeunes does not follow formation continue): 0.78 × 10; no feed: 0; not regulated: 15; over
        // the weights 0.90: 72.8 / 0.9 = 80.888….
        let result = paths([level4])
        let path = try #require(result.paths.first)
        #expect(result.paths.count == 1)
        #expect(path.voie == .formationContinue)
        #expect(abs(path.score.total - 72.8 / 0.9) < 1e-9)
        #expect(path.score.components.map(\.kind) == PathScore.Kind.allCases)
        #expect(path.score.component(.insertion)?.reason == .insertionRate(path.insertion!))
        #expect(path.score.component(.offers)?.reason == .noFeed)
    }

    @Test(arguments: [("25", "27", 87.8 / 0.9), ("39", "27", 81.8 / 0.9), ("69", "84", 77.3 / 0.9)])
    func offersNearerScoreHigher(departement: String, region: String, expected: Double) throws {
        // Same département 1 × 15, same region 0.6 × 15 = 9, elsewhere 0.3 × 15 = 4.5, on top of 72.8, over 0.90.
        let result = paths([level4], offers: [F.offer("o1", certifications: [4], departement: departement, region: region)])
        let path = try #require(result.paths.first)
        #expect(abs(path.score.total - expected) < 1e-9)
        #expect(path.offers.map(\.offer.numero) == ["o1"])
    }

    @Test func offersMatchByCertificationThenByRomeCodeAtTheSameLevel() throws {
        let offers = [
            F.offer("b", rome: [F.target], niveau: 4, departement: "25", region: "27"),
            F.offer("a", certifications: [4], departement: "70", region: "27"),
            F.offer("c", rome: [F.target], niveau: 5, departement: "25", region: "27"),
            F.offer("d", certifications: [99], departement: "25", region: "27")
        ]
        let matches = try #require(paths([level4], offers: offers).paths.first).offers
        // Nearest first: b (département 25) before a (region 27); c has another level, d another certification.
        #expect(matches.map(\.offer.numero) == ["b", "a"])
        #expect(matches.map(\.reason) == [.romeCode(F.target), .certification(F.code(4))])
        #expect(paths([level4], offers: []).paths.first?.score.component(.offers)?.reason == .noOffer)
    }

    @Test func vaeIsProposedOnlyWithEnoughExperienceAndNeedsNoOffer() throws {
        let experienced = F.person(skills: [101, 102, 103, 104], experienceYears: 12)
        let result = paths([level4], person: experienced, offers: [])
        let vae = try #require(result.paths.first { $0.voie == .vae })
        // Level 25 (no prerequisite) + route 25 + 7.8 (borrowed) + offers 15 (nothing to find) + 15 = 87.8, over 0.90.
        #expect(abs(vae.score.total - 87.8 / 0.9) < 1e-9)
        #expect(vae.steps.count == 1)
        #expect(paths([level4]).paths.allSatisfy { $0.voie != .vae })
    }

    @Test func replacedCertificationsLeadToTheirSuccessors() throws {
        let old = F.candidate(F.certification(1, niveau: 4, active: false, replacedBy: [2]), rates: [F.rate(region: "27", emploi12: 70, sortants: 30)])
        let new = F.candidate(F.certification(2, niveau: 4))
        let stillActiveButReplaced = F.candidate(F.certification(3, niveau: 4, active: true, replacedBy: [30]))
        let successorOutside = F.candidate(F.certification(30, niveau: 4))
        let dead = F.candidate(F.certification(5, niveau: 4, active: false))
        let loopA = F.candidate(F.certification(10, niveau: 4, active: false, replacedBy: [11]))
        let loopB = F.candidate(F.certification(11, niveau: 4, active: false, replacedBy: [10]))
        let rs = F.candidate(F.certification(7, niveau: nil, register: .rs))
        let noLevel = F.candidate(F.certification(8, niveau: nil))
        let result = paths([new, old, stillActiveButReplaced, dead, loopA, loopB, rs, noLevel], successors: [F.code(30): successorOutside])

        #expect(Set(result.paths.map(\.certification)) == [F.code(2), F.code(30)])
        let path2 = try #require(result.paths.first { $0.certification == F.code(2) })
        #expect(path2.replaces == [F.code(1)])
        // The successor has no cohort yet: the predecessor's figure is shown, and said to be its.
        #expect(path2.insertion?.emploi12Mois == 70)
        #expect(path2.insertion?.fromPredecessor == F.code(1))
        #expect(
            result.setAside.map(\.certification) == [
                F.code(1), F.code(3), F.code(5), F.code(8), F.code(10), F.code(11), CertificationCode(register: .rs, number: 7)
            ])
        #expect(result.setAside.first { $0.certification == F.code(1) }?.reason == .replacedBy([F.code(2)]))
        #expect(result.setAside.first { $0.certification == F.code(3) }?.reason == .replacedBy([F.code(30)]))
        #expect(result.setAside.first { $0.certification == F.code(5) }?.reason == .inactiveWithoutSuccessor)
        #expect(result.setAside.first { $0.certification == F.code(10) }?.reason == .inactiveWithoutSuccessor)
        #expect(result.setAside.first { $0.certification == F.code(8) }?.reason == .levelUnknown)
    }

    @Test func theRequiredDiplomaOfARegulatedJobComesFirstEvenWithALowerScore() throws {
        let target = F.targetFiche(regulated: true, acces: "Cet emploi est accessible avec un Diplôme d'Etat d'Infirmier, obligatoire pour exercer.")
        let required = F.candidate(F.certification(35830, niveau: 6, title: "DE - DE Infirmier"))
        let other = F.candidate(F.certification(4, niveau: 4, title: "Autre"), rates: [F.rate(region: "27", emploi12: 100, sortants: 10)])
        let bridge = F.candidate(F.certification(5, niveau: 5, title: "Autre 5"))
        let result = paths([other, bridge, required], target: target)
        #expect(result.requiredCertifications == [F.code(35830)])
        let first = try #require(result.paths.first)
        // Required: level 3 → 6 through levels 4 and 5 (3 steps): 25 / 3 + 25 + insertion unknown + 0 + 15,
        // over 0.80. Other: 25 + 25 + 10 (borrowed 100 %) + 0 + 0 × 15, over 0.90 = 66.7.
        #expect(first.certification == F.code(35830))
        #expect(first.steps.map(\.certification) == [F.code(4), F.code(5), F.code(35830)])
        #expect(abs(first.score.total - (25.0 / 3 + 40) / 0.8) < 1e-9)
        #expect(result.paths[1].certification == F.code(4))
        #expect(abs(result.paths[1].score.total - 60 / 0.9) < 1e-9)
        #expect(result.paths[1].score.component(.regulation)?.reason == .notTheRequiredDiploma([F.code(35830)]))
    }

    @Test func tiesGoToTheVoieOrderThenTheCode() {
        // A lycéen, two certifications without rates (insertion unknown): every path scores
        // (25 + 25 + 0 + 15) / 0.80 = 81.25.
        let pupil = F.person(level: .aucun, situation: .lyceen, age: 17)
        let result = paths([F.candidate(F.certification(9, niveau: 3)), F.candidate(F.certification(8, niveau: 3))], person: pupil)
        #expect(result.paths.map { "\($0.certification) \($0.voie)" } == ["RNCP8 initiale", "RNCP9 initiale", "RNCP8 apprentissage", "RNCP9 apprentissage"])
        #expect(result.paths.allSatisfy { abs($0.score.total - 81.25) < 1e-9 })
    }

    // MARK: Unknown is unknown

    /// No InserJeunes figure: the component is unknown, left out, and the score re-normalised over the
    /// known weights (level 25 + route 25 + offers 0 + regulation 15 over 0.80), never 0.5.
    @Test func noInsertionFigureIsUnknownAndLeftOut() throws {
        let path = try #require(paths([F.candidate(F.certification(4, niveau: 4))]).paths.first)
        let insertion = try #require(path.score.component(.insertion))
        #expect(insertion.isUnknown && insertion.points == 0 && insertion.reason == .noInsertionRate)
        #expect(abs(path.score.total - 100 * 0.65 / 0.8) < 1e-9)
        #expect(insertion.reason.message(in: .fr).contains("laissé hors du score"))
        #expect(path.score.components.reduce(0) { $0 + $1.points } == path.score.total)
    }

    /// A salarié in formation continue reads the apprenticeship figure (InserJeunes follows only young
    /// people): borrowed, said so, half weight — 100 × (0.25 + 0.25 + 0.10 × 0.78 + 0 + 0.15) / 0.90.
    /// An apprentice reads the same figure as their own, full weight.
    @Test func aBorrowedFigureSaysSoAndCountsHalf() throws {
        let borrowed = try #require(paths([level4]).paths.first)
        let insertion = try #require(borrowed.score.component(.insertion))
        #expect(borrowed.insertion?.borrowed == [.route(.apprentissage)])
        #expect(abs(insertion.weight - 0.1) < 1e-12)
        #expect(abs(borrowed.score.total - 100 * 0.728 / 0.9) < 1e-9)
        #expect(insertion.reason.message(in: .fr).contains("chiffre emprunté, compté pour moitié"))
        let apprentice = F.person(situation: .demandeurEmploi, age: 20)
        let own = try #require(paths([level4], person: apprentice).paths.first { $0.voie == .apprentissage })
        #expect(own.insertion?.borrowed == [])
        #expect(own.score.component(.insertion)?.weight == 0.2)
        // The national figure, when the person's region has none, is borrowed too.
        let elsewhere = try #require(
            paths([level4], person: F.person(situation: .demandeurEmploi, age: 20, departement: "69", region: "84")).paths.first {
                $0.voie == .apprentissage
            })
        #expect(elsewhere.insertion?.borrowed == [.national(personRegion: "84")])
    }

    /// What is shown adds up: the components' shown tenths make the shown total, for every path here.
    @Test func shownPointsAddUp() {
        let all = paths([level4, F.candidate(F.certification(5, niveau: 5))], person: F.person(skills: [101, 102, 103], experienceYears: 2), offers: [])
        for path in all.paths {
            #expect(path.score.shownPointTenths.reduce(0, +) == path.score.shownTotalTenths)
        }
    }
}

/// Properties over seeded random inputs: the same input in any order gives the same ranking, and the
/// ranking follows the documented order.
@Suite struct TrainingPathsPropertyTests {
    typealias F = PathsFixtures

    static func randomInput(_ generator: inout SeededGenerator) -> TrainingPathsInput {
        let regions = ["27", "84", "11"]
        let candidates = (1...Int.random(in: 3...12, using: &generator)).map { number in
            let rates = (0..<Int.random(in: 0...3, using: &generator)).map { _ in
                F.rate(
                    region: regions.randomElement(using: &generator)!, voie: Bool.random(using: &generator) ? .apprentissage : .scolaire,
                    emploi12: Int.random(in: 0...100, using: &generator), sortants: Int.random(in: 1...200, using: &generator))
            }
            let replacedBy = Bool.random(using: &generator) ? [Int.random(in: 1...12, using: &generator)] : []
            return F.candidate(
                F.certification(
                    number, niveau: Int.random(in: 3...8, using: &generator), active: Bool.random(using: &generator) || replacedBy.isEmpty,
                    replacedBy: replacedBy, apprenticeship: Bool.random(using: &generator)), rates: rates)
        }
        let situation = Situation.allCases.randomElement(using: &generator)!
        let person = F.person(
            level: [.aucun, .niveau(Niveau(3)!), .niveau(Niveau(5)!)].randomElement(using: &generator)!, situation: situation,
            age: Int.random(in: 15...60, using: &generator), skills: Array(101..<(101 + Int.random(in: 0...5, using: &generator))),
            experienceYears: Double(Int.random(in: 0...10, using: &generator)))
        let offers = (0..<Int.random(in: 0...4, using: &generator)).map { index in
            F.offer(
                "o\(index)", certifications: [Int.random(in: 1...12, using: &generator)], departement: ["25", "39", "69"].randomElement(using: &generator)!,
                region: regions.randomElement(using: &generator)!)
        }
        return TrainingPathsInput(target: F.targetFiche(regulated: Bool.random(using: &generator)), person: person, candidates: candidates, offers: offers)
    }

    @Test func theRankingDoesNotDependOnInputOrder() {
        var generator = SeededGenerator(seed: 2026)
        for _ in 0..<200 {
            let input = Self.randomInput(&generator)
            let shuffled = TrainingPathsInput(
                target: input.target, person: input.person, candidates: input.candidates.shuffled(using: &generator),
                offers: input.offers?.shuffled(using: &generator))
            #expect(TrainingPaths(input) == TrainingPaths(shuffled))
            #expect(TrainingPaths(input) == TrainingPaths(input))
        }
    }

    @Test func pathsAreSortedByRequirementThenScore() {
        var generator = SeededGenerator(seed: 29)
        for _ in 0..<200 {
            let paths = TrainingPaths(Self.randomInput(&generator)).paths
            for (a, b) in zip(paths, paths.dropFirst()) {
                #expect(TrainingPaths.ranksBefore(a, b) || a == b)
                #expect(
                    (a.isRequiredByRegulation && !b.isRequiredByRegulation)
                        || (a.isRequiredByRegulation == b.isRequiredByRegulation && a.score.total >= b.score.total))
                // Re-normalised over the known weights: within 0…100 up to rounding.
                #expect(a.score.total >= 0 && a.score.total <= 100 + 1e-9)
            }
        }
    }
}

/// Intermediate steps follow the path's route.
@Suite struct TrainingPathsRouteStepTests {
    typealias F = PathsFixtures

    @Test func aStepClosedToApprenticeshipIsNotTakenOnAnApprenticeshipPath() throws {
        // A demandeur d'emploi of 20 at level 3, aiming at level 6 through levels 4 and 5: the level-5 step
        // 5 is not open to apprenticeship, the level-5 step 55 is; formation continue may take either (5
        // has more leavers).
        let person = F.person(situation: .demandeurEmploi, age: 20)
        let four = F.candidate(F.certification(4, niveau: 4, apprenticeship: true))
        let closed = F.candidate(F.certification(5, niveau: 5, apprenticeship: false), rates: [F.rate(region: "27", emploi12: 50, sortants: 500)])
        let open = F.candidate(F.certification(55, niveau: 5, apprenticeship: true))
        let target = F.candidate(F.certification(6, niveau: 6, apprenticeship: true))
        let result = TrainingPaths(TrainingPathsInput(target: F.targetFiche(), person: person, candidates: [four, closed, open, target]))
        let apprenticeship = try #require(result.paths.first { $0.certification == F.code(6) && $0.voie == .apprentissage })
        #expect(apprenticeship.steps.map(\.certification) == [F.code(4), F.code(55), F.code(6)])
        let continuing = try #require(result.paths.first { $0.certification == F.code(6) && $0.voie == .formationContinue })
        #expect(continuing.steps.map(\.certification) == [F.code(4), F.code(5), F.code(6)])
    }

}
