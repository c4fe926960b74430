import Testing

@testable import JalonCore

/// The person's region first (newest cohort), else the weighted national figure of the newest cohort.
@Suite struct InsertionFigureTests {
    typealias F = PathsFixtures

    @Test func theRegionsNewestCohortComesFirst() {
        let rates = [
            F.rate(region: "27", millesime: "2021_2022", emploi12: 70, sortants: 40),
            F.rate(region: "27", millesime: "2022_2023", emploi12: 78, sortants: 49),
            F.rate(region: "84", millesime: "2022_2023", emploi12: 90, sortants: 500)
        ]
        let figure = InsertionFigure.select(rates: rates, voie: .apprentissage, region: "27")
        #expect(figure?.emploi12Mois == 78)
        #expect(figure?.millesime == "2022_2023")
        #expect(figure?.scope == .region("27"))
        #expect(figure?.source.id == "inserjeunes")
    }

    @Test func withoutARegionalFigureTheNationalOneIsWeightedByLeavers() {
        // (80 × 10 + 60 × 30) / 40 = 65, over the newest cohort only.
        let rates = [
            F.rate(region: "84", emploi12: 80, sortants: 10),
            F.rate(region: "11", emploi12: 60, sortants: 30),
            F.rate(region: "11", millesime: "2021_2022", emploi12: 10, sortants: 1000)
        ]
        let figure = InsertionFigure.select(rates: rates, voie: .apprentissage, region: "27")
        #expect(figure?.emploi12Mois == 65)
        #expect(figure?.scope == .national(regions: 2))
        #expect(figure?.sortants == 40)
        #expect(figure?.millesime == "2022_2023")
    }

    @Test func severalRowsOfOneCohortInTheRegionAreWeightedToo() {
        // Two school-route MEFSTAT11 variants of one diploma in region 27: (50 × 10 + 70 × 30) / 40 = 65.
        let rates = [F.rate(region: "27", voie: .scolaire, emploi12: 50, sortants: 10), F.rate(region: "27", voie: .scolaire, emploi12: 70, sortants: 30)]
        let figure = InsertionFigure.select(rates: rates, voie: .initiale, region: "27")
        #expect(figure?.emploi12Mois == 65)
        #expect(figure?.scope == .region("27"))
        #expect(figure?.sortants == 40)
        #expect(figure?.diplomaCodes == ["CFD"])
    }

    @Test func theRouteDecidesWhichInserJeunesRouteIsRead() {
        let rates = [F.rate(region: "27", voie: .scolaire, emploi12: 50, sortants: 20), F.rate(region: "27", voie: .apprentissage, emploi12: 80, sortants: 20)]
        #expect(InsertionFigure.select(rates: rates, voie: .initiale, region: "27")?.emploi12Mois == 50)
        #expect(InsertionFigure.select(rates: rates, voie: .apprentissage, region: "27")?.emploi12Mois == 80)
        #expect(InsertionFigure.select(rates: rates, voie: .formationContinue, region: "27")?.emploi12Mois == 80)
        // Adults fall back on the school route when apprenticeship has no figure.
        #expect(InsertionFigure.select(rates: [rates[0]], voie: .vae, region: "27")?.voie == .scolaire)
        // A pupil is never shown an apprenticeship figure as the school one.
        #expect(InsertionFigure.select(rates: [rates[1]], voie: .initiale, region: "27") == nil)
    }

    @Test func rowsWithoutATwelveMonthRateOrLeaversAreSkipped() {
        // Region 27 has no 12-month rate; the only other row stands alone, as published.
        let rates = [F.rate(region: "27", emploi12: nil, sortants: 5), F.rate(region: "84", emploi12: 70, sortants: nil)]
        let alone = InsertionFigure.select(rates: rates, voie: .apprentissage, region: "27")
        #expect(alone?.emploi12Mois == 70 && alone?.scope == .national(regions: 1))
        // Two rows without leavers cannot be weighted: nothing is said.
        #expect(InsertionFigure.select(rates: rates + [F.rate(region: "11", emploi12: 40, sortants: nil)], voie: .apprentissage, region: "27") == nil)
    }

    @Test func theSentenceNamesRegionCohortAndSource() {
        let figure = InsertionFigure.select(rates: [F.rate(region: "27", emploi12: 78, sortants: 49)], voie: .apprentissage, region: "27")!
        #expect(figure.sentence(in: .fr) == "78 % en emploi à 12 mois (apprentissage, région 27, 2022_2023, 49 sortants ; DEPP / Dares, 2025-03)")
    }
}
