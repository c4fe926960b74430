import Foundation
import JalonCore
import JalonStore
import Testing

/// The samples promise real people could have written them: every code is a real ROME 4.0 (v460) or
/// RNCP item, every copied label is the catalogue's, and every certification is registered for the
/// fiche it is chosen for.
@Suite("Samples use real reference codes", .enabled(if: ReferenceData.isAvailable, "reference extracts not found in ../shared/data (set JALON_REFERENCE_DATA)"))
struct SampleReferenceDataTests {
    @Test func csvReaderHandlesQuotesAndNewlines() {
        let rows = CSV.parse(Array("\u{FEFF}\"a\";\"b\"\r\n\"x;\"\"y\"\"\";\"l1\nl2\"\n".utf8), separator: UInt8(ascii: ";"))
        #expect(rows == [["a", "b"], ["x;\"y\"", "l1\nl2"]])
    }

    @Test func referenceTablesAreLoaded() {
        #expect(ReferenceData.fiches.count == 1584)
        #expect(ReferenceData.appellations.count == 13120)
        #expect(ReferenceData.fiches["J1501"] == "Aide-soignant / Aide-soignante")
        let linked = ReferenceData.certificationLinks.contains("RNCP35830 J1501")
        #expect(linked)
    }

    @Test(arguments: TestFiles.sampleNames)
    func romeItemsAreRealAndLabelledAsInTheCatalogue(_ name: String) throws {
        let project = try ProjectCodec.decode(TestFiles.document(TestFiles.sample(name)))
        let competences = project.competences ?? Competences()
        for appellation in competences.experiences.compactMap(\.appellation) {
            let label = ReferenceData.appellations[appellation.code.description]
            #expect(label != nil, "appellation \(appellation.code) is not in ROME v460")
            if let copied = appellation.libelle { #expect(copied == label) }
        }
        for item in competences.competences.compactMap(\.item) {
            let label = ReferenceData.competences[item.code.description]
            #expect(label != nil, "compétence \(item.code) is not in ROME v460")
            if let copied = item.libelle { #expect(copied == label) }
        }
    }

    @Test(arguments: TestFiles.sampleNames)
    func fichesAndCertificationsAreReal(_ name: String) throws {
        let project = try ProjectCodec.decode(TestFiles.document(TestFiles.sample(name)))
        let pistes = Piste.Statut.allCases.flatMap { project.pistes?[$0] ?? [] }
        for piste in pistes {
            #expect(ReferenceData.fiches[piste.fiche.rawValue] != nil, "\(piste.fiche) is not a ROME v460 fiche")
            if let copied = piste.libelle { #expect(copied == ReferenceData.fiches[piste.fiche.rawValue]) }
        }
        for fiche in project.plan.compactMap(\.fiche) {
            #expect(ReferenceData.fiches[fiche.rawValue] != nil)
        }
        for formation in project.formations {
            guard let certification = formation.certification else { continue }
            // Checked into a Bool first, so a failure prints the pair rather than the 65,000 links.
            let linked = ReferenceData.certificationLinks.contains("\(certification) \(formation.fiche)")
            #expect(linked, "\(certification) is not linked to \(formation.fiche) in the RNCP export")
        }
    }
}
