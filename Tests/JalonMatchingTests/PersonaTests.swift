import JalonCatalogue
import JalonCore
import Testing

/// People as a counsellor would describe them, on the real bundled catalogue (ROME 4.0 v460, RNCP).
/// Each test says what a sensible counsellor would expect and why, then checks the engine agrees.
@Suite("Métier matching: personas on the real catalogue")
struct PersonaTests {
    typealias R = RealCatalogue
    let index = R.index

    /// Someone who loves caring for others (centre 22 at 4, sens du contact 4 at 3, protéger et secourir
    /// 23 at 3), social first in RIASEC, with two years as agent de service hospitalier (J1301) and the
    /// skills of that job, CAP level. The care métiers of ROME's J15 family (aide-soignant J1501,
    /// auxiliaire de puériculture J1502…) link centre 22 as principal and are one mobilité away from
    /// J1301: at least one must be in the top ten, even though they are regulated (the certification to
    /// obtain costs a step of access).
    @Test func carerFindsCareMetiers() throws {
        let ash = try #require(R.principalAppellation(of: R.code("J1301")))
        let skills = R.catalogue.coeurDeMetier(of: R.code("J1301")).prefix(4).map { MatchingPerson.Skill(item: $0.ogr, maitrise: .autonomie) }
        let person = MatchingPerson(
            centres: R.centres([22: 4, 4: 3, 23: 3, 13: 1, 15: 0]), hollandCode: HollandCode("SRC"),
            skills: Array(skills), experienceAppellations: [ash], diplome: .niveau(Niveau(3)!))
        let ranking = MatchingRanking(index: index, person: person)
        let top = ranking.ranked(limit: 10)
        #expect(top.contains { $0.rawValue.hasPrefix("J15") }, "\(R.describe(ranking))\n\(ranking.match(for: R.code("J1501"))!)")
        // And the explanation of J1501 names centre 22 as its principal centre, rated 4.
        let j1501 = try #require(ranking.match(for: R.code("J1501")))
        #expect(j1501.centres.first { $0.isPrincipal }?.centre == CentreInteretCode(22))
        #expect(j1501.centres.first { $0.isPrincipal }?.rating == Rating(4))
    }

    /// A welder (soudeur à l'arc, H2913) who also repaired agricultural machinery (mécanicien en
    /// matériels agricoles, I1603). ROME lists technicien de maintenance industrielle (I1304) as the
    /// first mobilité from I1603: industrial maintenance must show among the passerelles of their
    /// experiences, with the mobilité as its reason.
    @Test func welderMechanicSeesIndustrialMaintenancePasserelles() throws {
        let welder = OgrCode(19458), agricultural = try #require(R.principalAppellation(of: R.code("I1603")))
        let passerelles = [welder, agricultural].flatMap { index.passerelles(fromAppellation: $0, limit: 10) }
        let maintenance = passerelles.filter { ["I1304", "I1310"].contains($0.code.rawValue) }
        #expect(!maintenance.isEmpty, "\(passerelles.map(\.code))")
        #expect(maintenance.first?.mobilitePosition == 1)
        // In the ranking, the same person (manual work loved, R first) finds I1304 in the top 30.
        let skills = ["H2913", "I1603"].flatMap { R.catalogue.coeurDeMetier(of: R.code($0)).filter { $0.rubrique == .savoirFaire }.prefix(4) }
            .map { MatchingPerson.Skill(item: $0.ogr, maitrise: .autonomie) }
        let person = MatchingPerson(
            centres: R.centres([14: 4, 6: 3, 29: 2]), hollandCode: HollandCode("RIC"), skills: skills,
            experienceAppellations: [welder, agricultural], diplome: .niveau(Niveau(3)!))
        let ranking = MatchingRanking(index: index, person: person)
        let rank = try #require(ranking.rank(of: R.code("I1304")))
        #expect(rank <= 30, "\(R.describe(ranking, 30))")
    }

    /// Karim (Samples/karim-montbeliard-reconversion.xml): 18 years of assembly on a car-seat line
    /// (H2909), five of automated production (H2906), CAP, loves manual work; he keeps I1310 and I1304,
    /// set aside welding (H2913, asthma). Expected: his own trade and its neighbours (assembly, régleur
    /// H2912, mechanics) lead; the soudeur fiche never appears; his two kept pistes rank within the top
    /// 30 (his portfolio is assembly, not yet maintenance: the levers say what to learn), and I1310's
    /// levers are maintenance skills that raise it.
    @Test func karim() throws {
        let person = MatchingPerson(project: try R.sample("karim-montbeliard-reconversion.xml"))
        let ranking = MatchingRanking(index: index, person: person)
        let top10 = ranking.ranked(limit: 10)
        #expect(top10.prefix(3).contains(R.code("H2909")), "\(R.describe(ranking))")
        #expect(top10.contains(R.code("H2912")), "\(R.describe(ranking))")
        #expect(!ranking.ranked(limit: 100).contains(R.code("H2913")))
        for kept in ["I1310", "I1304"] {
            let rank = try #require(ranking.rank(of: R.code(kept)))
            // Within 40 since skill fit is relative to the fiche's own weight (issue 15): I1304 came 33rd.
            #expect(rank <= 40, "\(kept)\n\(R.describe(ranking, 40))")
            #expect(ranking.match(for: R.code(kept))?.isRetenue == true)
        }
        let levers = ranking.levers(for: R.code("I1310"))
        #expect(levers.count == 5)
        #expect(levers.allSatisfy { $0.gain > 0 && $0.newTotal > ranking.score(of: R.code("I1310"))!.total })
        // Unconfirmed, unrated suggestions (105851, 124739) do not count; the rated skills do.
        #expect(person.skills.count == 8)
    }

    /// Léa (Samples/lea-gray-lyceenne.xml), 17, no job yet, hesitating between health (J1501) and sport
    /// (G1204). With no experience, suggestions come from her interests: the top ten must include both
    /// fiches she is drawn to, and every fiche of the top ten must link a centre she rated 3 or more.
    @Test func lyceenneGetsInterestDrivenSuggestions() throws {
        let person = MatchingPerson(project: try R.sample("lea-gray-lyceenne.xml"))
        #expect(person.experienceAppellations.isEmpty || person.skills.count <= 3)
        let ranking = MatchingRanking(index: index, person: person)
        let top = ranking.top(10)
        #expect(top.contains { $0.code == R.code("G1204") } && top.contains { $0.code == R.code("J1501") }, "\(R.describe(ranking))")
        #expect(top.allSatisfy { $0.centres.contains { ($0.rating?.value ?? 0) >= 3 } })
        // A lycéenne with nothing but ratings still gets suggestions led by them.
        let bare = MatchingPerson(centres: R.centres([21: 4, 24: 4, 7: 1]))
        let bareTop = MatchingRanking(index: index, person: bare).top(10)
        #expect(bareTop.count == 10)
        #expect(bareTop.allSatisfy { $0.centres.contains { [21, 24].contains($0.centre.rawValue) && $0.rating?.value == 4 } })
    }

    /// Nadia (Samples/nadia-besancon-vae-portail.xml), aide à domicile: her first suggestion is assistant
    /// de vie dépendance (K1302). If she sets it aside, it must disappear from the top and from every
    /// ranked list, and the rest keep their order.
    @Test func setAsideFicheNeverInTheTop() throws {
        var person = MatchingPerson(project: try R.sample("nadia-besancon-vae-portail.xml"))
        let before = MatchingRanking(index: index, person: person).ranked(limit: 11)
        let first = try #require(before.first)
        person.ecartees.insert(first)
        let after = MatchingRanking(index: index, person: person)
        #expect(!after.ranked().contains(first))
        #expect(after.ranked(limit: 10) == Array(before.dropFirst()))
        #expect(after.score(of: first)?.isExcluded == true)
    }

    /// Nurse (infirmier, J1506) is regulated and its certifications are at levels 6–7. A person with a
    /// bac (4) who loves caring misses two levels and the certification itself: access 1 − 0.25·3 =
    /// 0.25, both reasons stated; the same person with experience as a nurse (a regulated job, so they
    /// hold its diploma) gets full access.
    @Test func regulatedMetierWithoutDiplomaHasLowerAccess() throws {
        let code = R.code("J1506")
        #expect(index.isRegulated[index.row(of: code)!])
        let person = MatchingPerson(centres: R.centres([22: 4]), diplome: .niveau(Niveau(4)!))
        let ranking = MatchingRanking(index: index, person: person)
        let match = try #require(ranking.match(for: code))
        let lowest = try #require(index.certificationLevels[index.row(of: code)!].first)
        #expect(abs(match.score.access - (1 - 0.25 * Double(lowest.rawValue - 4 + 1))) < 1e-12)
        #expect(match.access.reasons.contains(.regulatedWithoutCertification))
        #expect(match.access.reasons.contains(.levelsMissing(lowest.rawValue - 4, lowest: lowest)))
        let nurse = try #require(R.principalAppellation(of: code))
        var experienced = person
        experienced.experienceAppellations = [nurse]
        let experiencedMatch = try #require(MatchingRanking(index: index, person: experienced).match(for: code))
        #expect(experiencedMatch.score.access == 1)
        #expect(experiencedMatch.access.reasons == [.regulatedExperience])
        #expect(experiencedMatch.score.total > match.score.total)
    }

    /// The index covers the whole catalogue and the labels' gender plays no part: ROME writes "Aide-
    /// soignant / Aide-soignante"; an index where every label keeps only its first form ranks the same.
    @Test func realIndexCoversTheCatalogueAndIgnoresLabelGender() throws {
        #expect(index.ficheCount == 1584)
        let person = MatchingPerson(project: try R.sample("karim-montbeliard-reconversion.xml"))
        var source = R.catalogue.matchingIndexSource()
        for position in source.fiches.indices {
            source.fiches[position].label = String(source.fiches[position].label.split(separator: " / ").first!)
        }
        #expect(source.fiches.contains { $0.label == "Aide-soignant" })
        let masculine = MatchingIndex(source)
        let a = MatchingRanking(index: index, person: person), b = MatchingRanking(index: masculine, person: person)
        #expect(a.scores == b.scores && a.order == b.order)
    }
}
