import JalonCore
import Testing

/// Each formula of <doc:Matching>, on the four fiches of ``MatchingFixtures``, with the arithmetic
/// written out.
@Suite("Métier matching: formulas by hand")
struct MatchingFormulaTests {
    typealias F = MatchingFixtures
    let index = F.index()

    func score(_ person: MatchingPerson, _ code: String) -> MatchScore {
        MatchingRanking(index: index, person: person).score(of: F.code(code))!
    }

    func close(_ value: Double?, _ expected: Double, _ comment: Comment? = nil) {
        #expect(abs((value ?? .nan) - expected) < 1e-9, comment)
    }

    /// Centres of A1000: 22 principal (weight 2), 5 (weight 1). Ratings 4 and 2 → ρ = 1 and 0.5.
    /// Weighted mean (2·1 + 1·0.5) / 3 = 0.8333…; strongest max(1·2/2, 0.5·1/2) = 1;
    /// C = 0.5·1 + 0.5·0.8333… = 0.916666…
    @Test func centreFit() {
        let person = MatchingPerson(centres: [F.centre(22): Rating(4)!, F.centre(5): Rating(2)!])
        close(score(person, "A1000").centres, 0.5 + 0.5 * 2.5 / 3)
        // B2000: one principal link to 5: strongest 0.5·2/2 = 0.5, mean 0.5 → C = 0.5.
        close(score(person, "B2000").centres, 0.5)
        // A non-principal centre loved alone counts half in the strongest term: D4000 (22, weight 1):
        // strongest 1·1/2 = 0.5, mean 1 → 0.75.
        close(score(person, "D4000").centres, 0.75)
        // No rating: 0.
        close(score(MatchingPerson(), "A1000").centres, 0)
    }

    /// Person ESA against A1000's SE: Iachan W(1,2) + W(2,1) = 10 + 10 = 20 of 27 (SE against itself:
    /// 22 + 5); Brown & Gore 3·(3−1) + 2·(3−1) + 0 = 10 of 15; Zener & Schnuelle: the first two letters
    /// agree in any order → 2 of 5 (SE against itself: first two in order). R = (20/27 + 10/15 + 2/5) / 3.
    /// I = 0.7·C + 0.3·R with C = 0 here.
    @Test func congruenceAndInterestFit() {
        let person = MatchingPerson(hollandCode: HollandCode("ESA")!)
        let expected = (20.0 / 27 + 10.0 / 15 + 2.0 / 5) / 3
        close(score(person, "A1000").congruence, expected)
        close(score(person, "A1000").interest, 0.3 * expected)
        // A fiche without a RIASEC code has no congruence: I = C.
        #expect(score(person, "D4000").congruence == nil)
        // Without a person code, I = C.
        let noCode = MatchingPerson(centres: [F.centre(22): Rating(4)!])
        close(score(noCode, "D4000").interest, 0.75)
    }

    /// A1000's items weigh 5 (see the fixture), so a full skill fit is half of it, 2.5. Item 1 at
    /// autonomie (credit 0.75) and item 3 at expertise (1): matched 2·0.75 + 0.5·1 = 2, S = 2 / 2.5 = 0.8.
    @Test func skillFit() {
        let person = MatchingPerson(skills: [F.skill(1, .autonomie), F.skill(3, .expertise)])
        close(score(person, "A1000").skill, 0.8)
        // Compétence 7 is of macro 2: item 2 gets half of its credit, 0.5·1 = 0.5 → S = 0.5 / 2.5 = 0.2.
        close(score(MatchingPerson(skills: [F.skill(7, .expertise)]), "A1000").skill, 0.2)
        // The item itself beats its family: 2 at pratique (0.5) and 7 at expertise → max(0.5, 0.5·1) = 0.5.
        close(score(MatchingPerson(skills: [F.skill(2, .pratique), F.skill(7, .expertise)]), "A1000").skill, 0.2)
        // A contexte is no skill: item 5 adds nothing.
        close(score(MatchingPerson(skills: [F.skill(5, .expertise)]), "A1000").skill, 0)
    }

    /// Related compétences: a detailed one credits its macro-compétence and the macro credits its
    /// detailed ones (half the credit), but two detailed compétences of one macro do not credit each other.
    /// E5000 lists the macro 20 and its detailed 21 and 22 (weight 1 each, total 3, full fit at 1.5).
    @Test func relatedCompetencesCreditParentAndChildrenOnly() {
        let index = MatchingIndex(
            fiches: [MatchingFicheEntry(code: F.code("E5000"), label: "E", items: [F.item(20), F.item(21), F.item(22)])],
            families: [OgrCode(21): OgrCode(20), OgrCode(22): OgrCode(20), OgrCode(23): OgrCode(20)])
        let skill = { (person: MatchingPerson) in MatchingRanking(index: index, person: person).score(of: F.code("E5000"))?.skill }
        // 23 (detailed, not listed) at expertise: the macro 20 gets 0.5; siblings 21 and 22 nothing → 0.5 / 3.
        close(skill(MatchingPerson(skills: [F.skill(23, .expertise)])), 0.5 / 1.5)
        // The macro 20 at expertise: 1 for itself, 0.5 for each of 21 and 22 → 2, capped at 1.
        close(skill(MatchingPerson(skills: [F.skill(20, .expertise)])), 1)
        // 21 at autonomie: 0.75 for itself, 0.375 for its macro, 0 for its sibling 22 → 1.125 / 1.5.
        close(skill(MatchingPerson(skills: [F.skill(21, .autonomie)])), 1.125 / 1.5)
    }

    /// The fit is relative to the fiche: half its own weight is a full fit, whatever its size. A fiche of
    /// weight 12 (six cœur savoir-faire) is fully fit at 6 (three items), one of weight 60 at 30.
    @Test func skillFitIsRelativeToTheFiche() {
        let small = MatchingIndex(fiches: [MatchingFicheEntry(code: F.code("E5000"), label: "E", items: (1...6).map { F.item($0, coeur: true) })])
        let three = MatchingPerson(skills: (1...3).map { F.skill($0, .expertise) })
        close(MatchingRanking(index: small, person: three).score(of: F.code("E5000"))?.skill, 1)
        let two = MatchingPerson(skills: (1...2).map { F.skill($0, .expertise) })
        close(MatchingRanking(index: small, person: two).score(of: F.code("E5000"))?.skill, 4.0 / 6)
        // Thirty cœur savoir-faire (weight 60): five mastered items, which made a full fit when the fit
        // saturated at weight 10, are a third of one now.
        let large = MatchingIndex(fiches: [MatchingFicheEntry(code: F.code("E5000"), label: "E", items: (1...30).map { F.item($0, coeur: true) })])
        let five = MatchingPerson(skills: (1...5).map { F.skill($0, .expertise) })
        close(MatchingRanking(index: large, person: five).score(of: F.code("E5000"))?.skill, 10.0 / 30)
    }

    /// Access: lowest certification of A1000 is level 3. No diploma (level 2): 1 − 0.25·1 = 0.75; level 3
    /// or more: 1; level not said: 1 (not assessed). B2000 (level 5, regulated) at bac (4): one level
    /// plus the certification to obtain, 1 − 0.25·2 = 0.5; level not said: 1 − 0.25 = 0.75. C3000 has
    /// no certification: 1.
    @Test func accessFit() {
        close(score(MatchingPerson(diplome: .aucun), "A1000").access, 0.75)
        close(score(MatchingPerson(diplome: .niveau(Niveau(3)!)), "A1000").access, 1)
        close(score(MatchingPerson(), "A1000").access, 1)
        close(score(MatchingPerson(diplome: .niveau(Niveau(4)!)), "B2000").access, 0.5)
        close(score(MatchingPerson(), "B2000").access, 0.75)
        close(score(MatchingPerson(diplome: .aucun), "C3000").access, 1)
        // Master (7) against level 3: no penalty for being over-qualified.
        close(score(MatchingPerson(diplome: .niveau(Niveau(7)!)), "A1000").access, 1)
        // An experience of the fiche opens it only when its VAE is ready (the training engine's rule):
        // A1000's VAE cœur is item 1 (its cœur savoir 4 is left out). Without it: assessed by level.
        let done = MatchingPerson(experienceAppellations: [OgrCode(9001)], diplome: .aucun)
        close(score(done, "A1000").access, 0.75)
        var ready = done
        ready.skills = [F.skill(1, .pratique)]
        close(score(ready, "A1000").access, 1)
        ready.skills = [F.skill(1, .notions)]
        close(score(ready, "A1000").access, 0.75)
    }

    /// Experience of A1000 (appellation 9001): B(A1000) = 1; B2000 is the 1st of 2 mobilités:
    /// 0.8 × (1 − 0.5·0/2) = 0.8; C3000 the 2nd: 0.8 × (1 − 0.5·1/2) = 0.6; D4000 none: 0.
    @Test func mobiliteBonus() {
        let person = MatchingPerson(experienceAppellations: [OgrCode(9001)])
        close(score(person, "A1000").mobilite, 1)
        close(score(person, "B2000").mobilite, 0.8)
        close(score(person, "C3000").mobilite, 0.6)
        close(score(person, "D4000").mobilite, 0)
        // An unknown appellation is ignored.
        close(score(MatchingPerson(experienceAppellations: [OgrCode(1)]), "A1000").mobilite, 0)
    }

    /// The total, all parts together, for A1000: ratings 22→4, 5→2 (C = 0.91666…, no code so I = C),
    /// skills 1 autonomie and 3 expertise (S = 0.8), no diploma (A = 0.75); the person kept A1000 (P = 1)
    /// and has done nothing (B = 0).
    /// base = 0.40·0.916666… + 0.35·0.8 + 0.25·0.75 = 0.834166…;
    /// total = 100 × (0.834166… + (1 − 0.834166…) × 0.10) = 85.075, as the parts' points:
    /// 36.666… + 28 + 18.75 + 0 + 1.658333….
    @Test func total() {
        let person = MatchingPerson(
            centres: [F.centre(22): Rating(4)!, F.centre(5): Rating(2)!],
            skills: [F.skill(1, .autonomie), F.skill(3, .expertise)], diplome: .aucun,
            retenues: [F.code("A1000")])
        let result = score(person, "A1000")
        let base = 0.4 * (0.5 + 0.5 * 2.5 / 3) + 0.35 * 0.8 + 0.25 * 0.75
        close(result.base, base)
        close(result.total, 100 * (base + (1 - base) * 0.1))
        close(result.bonusPoints, 100 * (1 - base) * 0.1)
        close(result.points(.interets), 40 * (0.5 + 0.5 * 2.5 / 3))
        close(result.points(.competences), 28)
        close(result.points(.acces), 18.75)
        close(result.points(.preferences), 100 * (1 - base) * 0.1)
        // Shown: 36.7 + 28.0 + 18.8 + 0 + 1.6 = 85.1 (the tenths go to the largest remainders).
        #expect(result.shownTotalTenths == 851)
        #expect(result.shownPointTenths == [.interets: 367, .competences: 280, .acces: 187, .mobilite: 0, .preferences: 17])
        // The mobilité bonus closes 20 % of the gap: B2000 from A1000, nothing else known.
        let mover = MatchingPerson(experienceAppellations: [OgrCode(9001)])
        let b = score(mover, "B2000")
        // C = 0, S = 0, A = 0.75 (regulated, level not said): base 0.1875; bonus 0.2·0.8 = 0.16.
        close(b.total, 100 * (0.1875 + 0.8125 * 0.16))
    }

    /// A set-aside fiche scores 0 and comes last, after fiches that score 0 too.
    @Test func exclusion() {
        let person = MatchingPerson(centres: [F.centre(22): Rating(4)!], ecartees: [F.code("A1000")])
        let ranking = MatchingRanking(index: index, person: person)
        #expect(ranking.score(of: F.code("A1000"))?.total == 0)
        #expect(ranking.order.last == index.row(of: F.code("A1000")))
        #expect(!ranking.ranked().contains(F.code("A1000")))
        #expect(ranking.rank(of: F.code("A1000")) == 4)
    }

    /// Ties: nobody said anything, every fiche scores 100 × 0.25·A, so A1000, C3000 and D4000 tie at 25
    /// (equal skill and interest fits: by code) and B2000 (regulated) has 18.75. The three share ranks 1–3.
    @Test func tiesAreShownAndOrderedBySkillThenInterestThenCode() throws {
        let ranking = MatchingRanking(index: index, person: MatchingPerson())
        #expect(ranking.ranked() == ["A1000", "C3000", "D4000", "B2000"].map(F.code))
        #expect(try #require(ranking.match(for: F.code("C3000"))).tiedRanks == 1...3)
        #expect(try #require(ranking.match(for: F.code("B2000"))).tiedRanks == nil)
    }

    /// Levers of A1000 for the person of `skillFit` (S = 0.8, total with nothing else 100·(0.35·0.8 +
    /// 0.25·1) = 53). Item 4 (weight 1.5) at autonomie: matched 2 + 1.125 = 3.125 ≥ 2.5, S = 1, total 60.
    /// Item 2 (weight 1): 2.75 ≥ 2.5, S = 1, total 60 too: the cœur-de-métier item first. Item 1 is
    /// already at autonomie, item 3 above it: no lever.
    @Test func levers() {
        let person = MatchingPerson(skills: [F.skill(1, .autonomie), F.skill(3, .expertise)])
        let ranking = MatchingRanking(index: index, person: person)
        close(ranking.score(of: F.code("A1000"))?.total, 53)
        let levers = ranking.levers(for: F.code("A1000"))
        #expect(levers.map(\.item) == [OgrCode(4), OgrCode(2)])
        close(levers.first?.newTotal, 60)
        close(levers.first?.gain, 7)
        close(levers.last?.newTotal, 60)
        #expect(levers.first?.isCoeurDeMetier == true)
        #expect(levers.first?.current == nil)
    }

    /// The new total of a lever is the total of the person with that skill, ranked from scratch.
    @Test func leverIsExact() {
        let person = MatchingPerson(centres: [F.centre(5): Rating(3)!], skills: [F.skill(7, .notions)], diplome: .aucun)
        let ranking = MatchingRanking(index: index, person: person)
        for code in index.codes {
            for lever in ranking.levers(for: code, limit: 10) {
                let rescored = MatchingRanking(index: index, person: person.adding(.init(item: lever.item, maitrise: lever.target)))
                #expect(rescored.score(of: code)?.total == lever.newTotal)
            }
        }
    }

    /// From A1000 (cœur: 1, 4): B2000 is the 1st mobilité (1) and shares item 1 of its cœur {1, 9}:
    /// 0.6·1 + 0.4·1/2 = 0.8. C3000, 2nd of 2 (0.75), shares nothing: 0.45. D4000 is no mobilité but its
    /// whole cœur {4} is A1000's: 0.4.
    @Test func passerelles() {
        let found = index.passerelles(from: F.code("A1000"))
        #expect(found.map(\.code) == ["B2000", "C3000", "D4000"].map(F.code))
        close(found[0].proximity, 0.8)
        close(found[1].proximity, 0.45)
        close(found[2].proximity, 0.4)
        #expect(found[0].mobilitePosition == 1 && found[0].mobiliteCount == 2)
        #expect(found[0].sharedCoeur.map(\.item) == [OgrCode(1)])
        #expect(found[2].mobilitePosition == nil)
        #expect(index.passerelles(fromAppellation: OgrCode(9001), excluding: [F.code("B2000")]).map(\.code) == ["C3000", "D4000"].map(F.code))
    }

    /// The reasons, in both languages, say what the explanation holds.
    @Test func reasons() throws {
        let person = MatchingPerson(
            centres: [F.centre(5): Rating(4)!], skills: [F.skill(1, .autonomie), F.skill(7, .expertise)],
            experienceAppellations: [OgrCode(9001)], diplome: .aucun, retenues: [F.code("B2000")])
        let match = try #require(MatchingRanking(index: index, person: person).match(for: F.code("B2000")))
        // B2000: I = 1 (40 pts), S = 2 / 2.5 = 0.8 (28), A = 1 − 0.25·(3 + 1) = 0 (0), base 0.68;
        // mobilité 100·0.32·0.2·0.8 = 5.12, preference 100·0.32·0.1 = 3.2. Strongest first; then what
        // access misses, with the 25 points it costs.
        #expect(
            match.reasons(in: .fr) == [
                "vous aimez « centre 5 » (4/4) (+40,0 pts)",
                "1 compétence(s) du métier, dont « item 1 », et 1 proche(s) (+28,0 pts)",
                "passerelle ROME n° 1 sur 2 depuis A1000 Alphiste (+5,1 pts)",
                "piste retenue (+3,2 pts)",
                "3 niveau(x) de diplôme à gagner",
                "métier réglementé : certification obligatoire (accès −25,0 pts)"
            ])
        #expect(match.reasons(in: .en).first == "you like “centre 5” (4/4) (+40.0 pts)")
        let nothing = try #require(MatchingRanking(index: index, person: MatchingPerson()).match(for: F.code("C3000")))
        #expect(nothing.reasons(in: .fr) == ["aucune raison forte : score d’accès seulement"])
    }

    /// The explanation of a match lists what produced it, and its numbers are the ranking's.
    @Test func explanation() throws {
        let person = MatchingPerson(
            centres: [F.centre(22): Rating(4)!], skills: [F.skill(1, .autonomie), F.skill(7, .expertise)],
            experienceAppellations: [OgrCode(9001)], diplome: .aucun)
        let ranking = MatchingRanking(index: index, person: person)
        let match = try #require(ranking.match(for: F.code("B2000")))
        #expect(match.score == ranking.score(of: F.code("B2000")))
        #expect(match.matchedItems.map(\.item) == [OgrCode(1), OgrCode(2)])
        #expect(match.matchedItems[1].source == .family(via: OgrCode(7), .expertise))
        #expect(match.missingItems.map(\.item) == [OgrCode(9)])
        #expect(match.access.reasons == [.levelsMissing(3, lowest: Niveau(5)!), .regulatedWithoutCertification])
        #expect(match.mobilite?.from == F.code("A1000") && match.mobilite?.appellation == OgrCode(9001))
        #expect(match.mobilite?.position == 1 && match.mobilite?.count == 2)
        let a = try #require(ranking.match(for: F.code("A1000")))
        // A1000 done, its VAE cœur (item 1) held at autonomie: VAE ready, full access.
        #expect(a.access.reasons == [.vaeReady(coverage: 1)])
        #expect(a.score.access == 1)
        #expect(a.centres.first?.label == "Je souhaite prendre soin des autres")
        #expect(a.centres.map(\.rating) == [Rating(4), nil])
    }
}
