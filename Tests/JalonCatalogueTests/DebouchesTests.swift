import JalonCore
import JalonLocale
import Testing

@testable import JalonCatalogue

/// Débouchés on the bundled catalogue: the Dares figure of a fiche's family in the person's place,
/// the fallback said, every component kept, and the join's coverage in the report.
@Suite("Débouchés : tensions Dares 2019 par famille de métiers", .enabled(if: TestData.isBundled, "aucun catalogue embarqué dans Resources/Catalogue"))
struct DebouchesTests {
    static let catalogue = Result { try Catalogue(contentsOf: TestData.bundledArtifact) }

    @Test func aDepartementFigureWhenPublished() throws {
        let tension = try #require(try Self.catalogue.get().tension(of: RomeCode("J1501")!, departement: Departement("25")))
        #expect(tension.area == .departement("25") && tension.requestedArea == nil)
        #expect(tension.family == "V0Z60")  // aides-soignants
        #expect(tension.year == 2019 && (1...5).contains(tension.category))
        #expect(tension.components.count == 6)
        let lines = tension.lines(in: .fr).joined(separator: "\n")
        #expect(lines.contains("famille de métiers V0Z60") && lines.contains("2019") && lines.contains("Dares"))
        // « Ni idéalisée »: unfavourable conditions are said, and marked.
        for component in tension.components where component.isUnfavourable { #expect(lines.contains(component.sentence(in: .fr) + " — à savoir")) }
    }

    @Test func aDepartementWithoutFigureFallsBackAndSaysSo() throws {
        let catalogue = try Self.catalogue.get()
        // 971 has no published figure for the childcare family: the figure comes from wider and says it.
        let tension = try #require(catalogue.tension(of: RomeCode("K1303")!, departement: Departement("971")))
        #expect(tension.requestedArea == .departement("971"))
        #expect(tension.area != .departement("971"))
        #expect(tension.caveats(in: .fr).first?.hasPrefix("Pas de chiffre publié dans le département 971") == true)
        // Without a place: France.
        #expect(catalogue.tension(of: RomeCode("K1303")!)?.area == .france)
    }

    @Test func aChildFicheJoinsThroughItsParent() throws {
        let catalogue = try Self.catalogue.get()
        // J1508 (IPA) is a ROME 4.0 child of J1506, absent from the v3 correspondence.
        #expect(catalogue.tension(of: RomeCode("J1508")!)?.family == catalogue.tension(of: RomeCode("J1506")!)?.family)
    }

    @Test func theReportGivesCoverageAndEveryUnjoinedFiche() throws {
        let report = try Self.catalogue.get().report
        let direct = try #require(report.value("dares.fiches.joinedDirectly"))
        let parent = try #require(report.value("dares.fiches.joinedThroughParent"))
        let unjoined = report.anomalyCount("dares.fiche.unjoined")
        #expect(direct + parent + unjoined == 1_584)
        #expect(report.anomalies.first { $0.key == "dares.fiche.unjoined" }?.examples.joined().split(separator: " ").count == unjoined)
        #expect(report.value("dares.fiches.withNationalTension") ?? 0 > 1_300)
    }
}
