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

    /// What a saved result shows is real too: fiches and their labels, ROME items, centres d'intérêt,
    /// certifications linked to their métier, and InserJeunes rates as published.
    @Test(arguments: TestFiles.sampleNames)
    func savedResultsUseRealReferenceData(_ name: String) throws {
        let project = try ProjectCodec.decode(TestFiles.document(TestFiles.sample(name)))
        for suggestion in project.suggestions?.suggestions ?? [] {
            let fiche = suggestion.fiche.rawValue
            #expect(ReferenceData.fiches[fiche] != nil, "\(fiche) is not a ROME v460 fiche")
            if let copied = suggestion.libelle { #expect(copied == ReferenceData.fiches[fiche]) }
            for composante in suggestion.composantes {
                for element in composante.elements {
                    let code = element.code
                    if let rncp = CertificationCode(code) {
                        let linked = ReferenceData.certificationLinks.contains("\(rncp) \(fiche)")
                        #expect(linked, "\(rncp) is not linked to \(fiche)")
                    } else if RomeCode(code) != nil {
                        #expect(ReferenceData.fiches[code] != nil, "\(code) is not a ROME v460 fiche")
                    } else if composante.nom == "interets", let centre = Int(code) {
                        #expect(ReferenceData.centres[String(centre)] == element.libelle, "centre \(code)")
                    } else if composante.nom == "competences" {
                        #expect(ReferenceData.competences[code] == element.libelle, "compétence \(code) in \(fiche)")
                    }
                }
            }
        }
        for cible in project.parcours?.cibles ?? [] {
            #expect(ReferenceData.fiches[cible.fiche.rawValue] != nil)
            if let copied = cible.libelle { #expect(copied == ReferenceData.fiches[cible.fiche.rawValue]) }
            for step in cible.chemins.flatMap(\.etapes) {
                if let certification = step.certification {
                    let linked = ReferenceData.certificationLinks.contains("\(certification) \(cible.fiche)")
                    #expect(linked, "\(certification) is not linked to \(cible.fiche)")
                }
                if let rate = step.insertion {
                    let figures = [rate.emploi6Mois, rate.emploi12Mois, rate.emploi18Mois, rate.emploi24Mois, rate.poursuiteEtudes]
                    let key = ([rate.perimetre.description, rate.millesime, rate.voie?.rawValue ?? ""] + figures.map { $0.map(String.init) ?? "" })
                        .joined(separator: " ")
                    let published = ReferenceData.insertionRates.contains(key)
                    #expect(published, "no InserJeunes row \(key)")
                }
            }
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
