import JalonCatalogue
import JalonCore
import Testing

/// The index `Catalogue.matchingIndex()` builds reads the catalogue's stored columns directly; these
/// tests check it says what the catalogue's own accessors say, on fiches of every kind.
@Suite("Matching index built from the real catalogue")
struct MatchingIndexBuildTests {
    typealias R = RealCatalogue
    static let fiches = ["J1501", "J1506", "I1310", "H2909", "K1302", "G1204", "A1101", "N1101"]

    @Test(arguments: fiches)
    func ficheAgreesWithTheCatalogue(_ text: String) throws {
        let code = R.code(text), index = R.index
        let row = try #require(index.row(of: code))
        let fiche = try #require(R.catalogue.fiche(code))
        #expect(index.labels[row] == fiche.label)
        #expect(index.isRegulated[row] == (fiche.emploiReglemente == true))
        #expect(index.hollandCodes[row] == fiche.riasecMajor.map { HollandCode(major: $0, minor: fiche.riasecMinor) })
        let levels = Set(R.catalogue.certifications(of: code).filter { $0.isActive == true }.compactMap(\.niveau))
        #expect(index.certificationLevels[row] == levels.sorted())
        let mobilites = R.catalogue.mobilites(of: code).sorted { ($0.order, $0.target) < ($1.order, $1.target) }.map(\.target)
        #expect(index.mobilites(of: code) == mobilites.filter { $0 != code })
        // Items: an empty person's explanation lists every counted item as missing.
        let match = try #require(MatchingRanking(index: index, person: MatchingPerson()).match(for: code))
        let counted = R.catalogue.items(of: code).filter { $0.rubrique != .contexte }
        #expect(Set(match.missingItems.map(\.item)) == Set(counted.map(\.ogr)))
        #expect(match.missingItems.filter(\.isCoeurDeMetier).count == Set(counted.filter(\.isCoeurDeMetier).map(\.ogr)).count)
        let centres = R.catalogue.centreInteretLinks(of: code)
        #expect(match.centres.map(\.centre) == centres.map(\.centreInteret))
        #expect(match.centres.map(\.isPrincipal) == centres.map(\.isPrincipal))
    }

    @Test func appellationsPointToTheirFiche() throws {
        for text in ["J1501", "I1310"] {
            for appellation in R.catalogue.appellations(of: R.code(text)) {
                #expect(R.index.fiche(ofAppellation: appellation.ogr) == R.code(text))
            }
        }
    }
}

/// The ranking's one-pass loop and the per-fiche scoring of explanations and levers give the same
/// numbers, to the last bit, for every fiche and every sample.
@Suite("Matching: ranking loop and explanations agree")
struct MatchingPathsAgreeTests {
    @Test(arguments: ["karim-montbeliard-reconversion.xml", "lea-gray-lyceenne.xml", "nadia-besancon-vae-portail.xml", "yanis-dijon-apprentissage.xml"])
    func everyFicheScoresTheSameBothWays(_ sample: String) throws {
        let ranking = MatchingRanking(index: RealCatalogue.index, person: MatchingPerson(project: try RealCatalogue.sample(sample)))
        for code in RealCatalogue.index.codes {
            let match = try #require(ranking.match(for: code))
            #expect(match.score == ranking.score(of: code))
            let expected = match.totalWeight > 0 ? min(1, match.matchedWeight / (MatchingWeights.fullSkillShare * match.totalWeight)) : 0
            #expect(match.score.skill == expected)
        }
    }
}
