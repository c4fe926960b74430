import Foundation
import JalonCore
import Testing

@testable import JalonCatalogue

/// Checks the imported catalogue against the source CSVs themselves: each expectation is read from
/// the files, not written in the test.
@Suite(
    "Import : contrôles ponctuels contre les CSV",
    .enabled(if: TestData.isAvailable, "../shared/data absent : les données ouvertes ne sont pas à côté du dépôt"))
struct ImportSpotCheckTests {
    private func csv(_ relative: String, _ separator: Character) throws -> CSVFile {
        try CSVFile(path: TestData.path(relative), separator: separator.asciiValue!)
    }

    private func rows(_ file: CSVFile, where column: String, is value: String) throws -> [CSVRecord] {
        let index = try file.column(column)
        return file.records.filter { $0.fields[index] == value }
    }

    @Test func countsEqualTheSourceRows() throws {
        let (_, catalogue) = try TestData.importedCatalogue()
        let rome = "rome-4.0-v460/unix_"
        #expect(catalogue.ficheCount == (try csv(rome + "referentiel_code_rome_v460_utf8.csv", ",")).records.count)
        #expect(catalogue.appellationCount == (try csv(rome + "referentiel_appellation_v460_utf8.csv", ",")).records.count)
        #expect(catalogue.competenceCount == (try csv(rome + "referentiel_competence_v460_utf8.csv", ",")).records.count)
        #expect(catalogue.savoirCount == (try csv(rome + "referentiel_savoir_v460_utf8.csv", ",")).records.count)
        #expect(catalogue.centresInteret.count == (try csv(rome + "centre_interet_v460_utf8.csv", ",")).records.count)
        #expect(catalogue.centreInteretLinks.count == (try csv(rome + "arborescence_centre_interet_v460_utf8.csv", ",")).records.count)
        #expect(catalogue.insertionRateCount == (try csv("inserjeunes/ij_region_data.csv", ";")).records.count)
        // Every certification of the RNCP ROME export is in the catalogue.
        let rncpRome = try csv("rncp-2026-02/export_fiches_CSV_Rome_2026_02_01.csv", ";")
        let numbers = Set(rncpRome.records.map { $0.fields[0] })
        #expect(numbers.allSatisfy { CertificationCode($0).flatMap(catalogue.certification) != nil })
    }

    @Test func aFicheKeepsItsRiasecLabelAndTexts() throws {
        let (_, catalogue) = try TestData.importedCatalogue()
        let file = try csv("rome-4.0-v460/unix_referentiel_code_rome_riasec_v460_utf8.csv", ",")
        for code in ["J1501", "M1805", "A1101"] {
            let row = try #require(try rows(file, where: "code_rome", is: code).first)
            let fiche = try #require(catalogue.fiche(RomeCode(code)!))
            #expect(fiche.riasecMajor?.rawValue == row.fields[try file.column("riasec_majeur")])
            let minor = row.fields[try file.column("riasec_mineur")]
            #expect(fiche.riasecMinor?.rawValue == (minor.isEmpty ? nil : minor))
        }
        let texts = try csv("rome-4.0-v460/unix_texte_v460_utf8.csv", ",")
        let definition = try rows(texts, where: "code_rome", is: "J1501").filter { $0.fields[1] == "3" }
        let fiche = try #require(catalogue.fiche(RomeCode("J1501")!))
        #expect(fiche.definition.count == definition.count)
        // ROME doubles apostrophes; the catalogue repairs them.
        #expect(fiche.definition.first?.hasPrefix("L'aide-soignant") == true)
        #expect(!fiche.accesAuMetier.contains("''"))
    }

    @Test func appellationsPointToTheirFiche() throws {
        let (_, catalogue) = try TestData.importedCatalogue()
        let file = try csv("rome-4.0-v460/unix_referentiel_appellation_v460_utf8.csv", ",")
        let ogr = try file.column("code_ogr"), rome = try file.column("code_rome"), long = try file.column("libelle_appellation_long")
        for record in stride(from: 0, to: file.records.count, by: 997).map({ file.records[$0] }) {
            let appellation = try #require(catalogue.appellation(OgrCode(record.fields[ogr])!))
            #expect(appellation.fiche.rawValue == record.fields[rome])
            #expect(appellation.longLabel == record.fields[long].replacingOccurrences(of: "''", with: "'"))
        }
    }

    @Test func coeurDeMetierMatchesTheCoherenceFile() throws {
        let (_, catalogue) = try TestData.importedCatalogue()
        let coherence = try csv("rome-4.0-v460/unix_coherence_item_v460_utf8.csv", ",")
        let links = try csv("rome-4.0-v460/unix_liens_rome_referentiels_v460_utf8.csv", ",")
        for code in ["J1501", "D1102"] {
            let linked = Set(try rows(links, where: "code_rome", is: code).filter { ["5", "6"].contains($0.fields[1]) }.map { $0.fields[3] })
            let principal = Set(try rows(coherence, where: "code_rome", is: code).filter { $0.fields[2] == "Principale" }.map { $0.fields[1] })
            let catalogueItems = catalogue.items(of: RomeCode(code)!)
            #expect(Set(catalogueItems.map { String($0.ogr.rawValue) }) == linked)
            #expect(Set(catalogue.coeurDeMetier(of: RomeCode(code)!).map { String($0.ogr.rawValue) }) == principal.intersection(linked))
        }
    }

    @Test func centresInteretLinkTheirFiches() throws {
        let (_, catalogue) = try TestData.importedCatalogue()
        let file = try csv("rome-4.0-v460/unix_arborescence_centre_interet_v460_utf8.csv", ",")
        let expected = try rows(file, where: "code_rome", is: "J1501")
        let links = catalogue.centreInteretLinks(of: RomeCode("J1501")!)
        #expect(Set(links.map { "\($0.centreInteret.rawValue)" }) == Set(expected.map { $0.fields[0] }))
        #expect(Set(links.filter(\.isPrincipal).map { "\($0.centreInteret.rawValue)" }) == Set(expected.filter { $0.fields[5] == "oui" }.map { $0.fields[0] }))
        let definitions = try csv("rome-4.0-v460/unix_centre_interet_v460_utf8.csv", ",")
        let first = try #require(catalogue.centresInteret.first)
        #expect(first.definition == definitions.records.first { $0.fields[0] == "\(first.code.rawValue)" }?.fields[2])
    }

    @Test func anItemKnowsTheFichesThatListIt() throws {
        let (_, catalogue) = try TestData.importedCatalogue()
        let links = try csv("rome-4.0-v460/unix_liens_rome_referentiels_v460_utf8.csv", ",")
        let coherence = try csv("rome-4.0-v460/unix_coherence_item_v460_utf8.csv", ",")
        let ogr = "118069"  // Gérer une caisse
        let expected = Set(try rows(links, where: "code_ogr", is: ogr).filter { $0.fields[1] == "5" }.map { $0.fields[0] })
        let coeur = Set(try rows(coherence, where: "code_ogr", is: ogr).filter { $0.fields[2] == "Principale" }.map { $0.fields[0] })
        let found = catalogue.fiches(withItem: OgrCode(ogr)!)
        #expect(Set(found.map(\.fiche.rawValue)) == expected)
        #expect(Set(found.filter { $0.coherence == .principale }.map(\.fiche.rawValue)) == coeur.intersection(expected))
        #expect(found.first?.coherence == .principale)
    }

    @Test func mobilitesKeepRomeOrder() throws {
        let (_, catalogue) = try TestData.importedCatalogue()
        let file = try csv("rome-4.0-v460/unix_rubrique_mobilite_v460_utf8.csv", ",")
        let expected = try rows(file, where: "code_rome", is: "J1501").sorted { Int($0.fields[2])! < Int($1.fields[2])! }.map { $0.fields[1] }
        #expect(catalogue.mobilites(of: RomeCode("J1501")!).map(\.target.rawValue) == expected)
    }

    @Test func aCertificationHasTheKitLevelAndTheRncpRomeLinks() throws {
        let (_, catalogue) = try TestData.importedCatalogue()
        let kit = try csv("certifications/kit_apprentissage_20250131.csv", ";")
        let rncpRome = try csv("rncp-2026-02/export_fiches_CSV_Rome_2026_02_01.csv", ";")
        for code in ["RNCP38362", "RNCP35830"] {
            let kitRow = try #require(try rows(kit, where: "FicheRNCP", is: code).first)
            let certification = try #require(catalogue.certification(CertificationCode(code)!))
            let level = kitRow.fields[try kit.column("Niveau fiche RNCP")].replacingOccurrences(of: "Niveau ", with: "")
            #expect(certification.niveau?.rawValue == Int(level))
            #expect(certification.niveauSource?.id == "kit-apprentissage")
            #expect(certification.title == kitRow.fields[try kit.column("Intitulé certification (RNCP)")])
            let romeCodes = try rows(rncpRome, where: "Numero_Fiche", is: code).map { $0.fields[1] }
            #expect(catalogue.romeLinks(of: certification.code).map(\.code) == romeCodes)
        }
    }

    @Test func aChildFicheInheritsTheCertificationsOfItsParent() throws {
        let (_, catalogue) = try TestData.importedCatalogue()
        let fiches = try csv("rome-4.0-v460/unix_referentiel_code_rome_v460_utf8.csv", ",")
        let rncpRome = try csv("rncp-2026-02/export_fiches_CSV_Rome_2026_02_01.csv", ";")
        let child = try #require(try rows(fiches, where: "code_rome", is: "J1508").first)
        let parent = child.fields[try fiches.column("code_rome_parent")]
        #expect(catalogue.fiche(RomeCode("J1508")!)?.parent?.rawValue == parent)
        let parentCertifications = Set(try rows(rncpRome, where: "Codes_Rome_Code", is: parent).map { $0.fields[0] })
        let links = catalogue.certificationLinks(of: RomeCode("J1508")!)
        let inherited = Set(links.filter { $0.viaParent?.rawValue == parent }.map(\.certification.code.rawValue))
        let own = Set(try rows(rncpRome, where: "Codes_Rome_Code", is: "J1508").map { $0.fields[0] })
        #expect(inherited == parentCertifications.subtracting(own))
        #expect(Set(links.filter { $0.viaParent == nil }.map(\.certification.code.rawValue)) == own)
    }

    @Test func accessRoutesComeFromCertifInfo() throws {
        let (_, catalogue) = try TestData.importedCatalogue()
        let certifInfo = try csv("certifications/certif_info_subset.csv", ";")
        for number in ["35830", "38362"] {
            let row = try #require(try rows(certifInfo, where: "Code_RNCP", is: number).first)
            let flag = { (column: String) throws -> Bool? in
                switch row.fields[try certifInfo.column(column)] {
                case "1": true;
                case "0": false;
                default: nil
                }
            }
            let routes = try #require(catalogue.certification(CertificationCode("RNCP" + number)!)).voiesAcces
            #expect(routes.vae == (try flag("accessibilite_vae")))
            #expect(routes.formationInitiale == (try flag("accessibilite_fi")))
            #expect(routes.contratProfessionnalisation == (try flag("accessibilite_cp")))
        }
    }

    @Test func domainLevelRomeCodesAreKeptAndReported() throws {
        let (output, catalogue) = try TestData.importedCatalogue()
        let rncpRome = try csv("rncp-2026-02/export_fiches_CSV_Rome_2026_02_01.csv", ";")
        let fiches = Set(catalogue.ficheCodes.map(\.rawValue))
        let unresolved = rncpRome.records.filter { !fiches.contains($0.fields[1]) }
        #expect(!unresolved.isEmpty)
        let reported = ["certification.romeDomainCode", "certification.romeUnknownFiche", "certification.romeInvalidCode"]
            .reduce(0) { $0 + output.report.anomalyCount($1) }
        #expect(reported >= unresolved.count)
        let sample = try #require(unresolved.first)
        let links = catalogue.romeLinks(of: CertificationCode(sample.fields[0])!)
        #expect(links.contains { $0.code == sample.fields[1] && $0.fiche == nil })
    }

    @Test func anInsertionRateJoinsItsCertification() throws {
        let (_, catalogue) = try TestData.importedCatalogue()
        let rates = try csv("inserjeunes/ij_region_data.csv", ";")
        let kit = try csv("certifications/kit_apprentissage_20250131.csv", ";")
        let diploma = try #require(try rows(kit, where: "FicheRNCP", is: "RNCP38362").first?.fields[0])
        let expected = try rows(rates, where: "cfd", is: diploma).filter { $0.fields[try rates.column("code_region")] == "27" }
        #expect(!expected.isEmpty)
        let found = catalogue.insertionRates(of: CertificationCode("RNCP38362")!, region: "27").filter {
            $0.voie == .apprentissage && $0.diplomaCode == diploma
        }
        #expect(found.count == expected.count)
        for row in expected {
            let millesime = row.fields[try rates.column("millesime")]
            let rate = try #require(found.first { $0.millesime == millesime })
            #expect(rate.emploi6Mois == Int(row.fields[try rates.column("taux_emploi_6_mois")]))
            #expect(rate.emploi12Mois == Int(row.fields[try rates.column("taux_emploi_12_mois")]))
            #expect(rate.poursuiteEtudes == Int(row.fields[try rates.column("taux_poursuite_etudes")]))
        }
    }

    @Test func theReportCountsWhatCouldNotBeJoined() throws {
        let (output, _) = try TestData.importedCatalogue()
        let report = output.report
        #expect(report.value("rome.appellations.resolved") == report.value("rome.appellations"))
        let rates = try #require(report.counts.first { $0.key == "inserjeunes.rates.joinedToCertification" })
        // Rates not joined are all accounted for as an anomaly.
        #expect(rates.value + report.anomalyCount("inserjeunes.rateWithoutCertification") == rates.total)
        #expect(report.anomalyCount("repair.doubledApostrophe") > 0)
        // About 20,300 of the 23,533 certifications linked to ROME get a level (data README).
        let withLevel = try #require(report.counts.first { $0.key == "certifications.withRome.withLevel" })
        #expect(withLevel.value > 20_000)
    }
}

@Suite("Import : reconstruction identique", .enabled(if: TestData.isAvailable, "../shared/data absent : rien à reconstruire"))
struct DeterministicRebuildTests {
    /// Within one process; dictionary order changes between processes, which the next test covers.
    @Test func rebuildingGivesTheSameBytes() throws {
        let first = try TestData.importedCatalogue().output.bytes
        let second = try CatalogueImporter(dataFolder: TestData.folder!).build().bytes
        #expect(first == second)
    }

    @Test(.enabled(if: TestData.isBundled, "aucun catalogue embarqué dans Resources/Catalogue"))
    /// The bundled file was built by another process (`jalon catalogue build`), with another hash seed.
    func theBundledArtifactIsUpToDate() throws {
        let bundled = try Data(contentsOf: URL(fileURLWithPath: TestData.bundledArtifact))
        // If this fails, rebuild: jalon catalogue build --from ../shared/data -o Resources/Catalogue/catalogue.jcat
        #expect(bundled == Data(try TestData.importedCatalogue().output.bytes))
    }
}
