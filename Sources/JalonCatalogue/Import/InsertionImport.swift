import JalonCore

/// InserJeunes rates, each tied to a diploma code (CFD): directly on the apprenticeship route, through
/// the MEFSTAT11 nomenclature (`nMef.csv`) on the school route.
extension CatalogueBuild {
    /// Rate rows by diploma code (CFD), for the certification join.
    typealias RatesByDiploma = [String: [Int]]

    func importInsertionRates() throws(ImportError) -> RatesByDiploma {
        let mef = try read(SourceFiles.mefFile, separator: ";")
            .rows("MEF_STAT_11", "FORMATION_DIPLOME")
        var diplomaOfMef: [String: String] = [:]
        for record in mef {
            let code = record["MEF_STAT_11"]
            if diplomaOfMef[code] == nil { diplomaOfMef[code] = record["FORMATION_DIPLOME"] }
        }

        let file = try read(SourceFiles.insertionFile, separator: ";")

            .rows(
                "millesime", "code_region", "voie", "cfd", "mefstat11", "nb_sortant", "taux_emploi_6_mois",
                "taux_emploi_12_mois", "taux_emploi_18_mois", "taux_emploi_24_mois", "taux_poursuite_etudes")
        var table = TableBuilder<RateColumn>()
        var byDiploma: RatesByDiploma = [:]
        for record in file {
            let value = { (column: String) in record[column] }
            let mefstat = value("mefstat11")
            var diploma = value("cfd")
            if diploma.isEmpty, !mefstat.isEmpty {
                diploma = diplomaOfMef[mefstat] ?? ""
                if diploma.isEmpty { report.anomaly("inserjeunes.unknownMefstat11", example: mefstat) }
            }
            if diploma.isEmpty, mefstat.isEmpty { report.anomaly("inserjeunes.withoutDiploma", example: "ligne \(record.line)") }
            let voie: UInt32
            switch value("voie") {
            case "apprentissage": voie = 0
            case "scolaire": voie = 1
            default:
                report.anomaly("inserjeunes.unknownVoie", example: value("voie"))
                continue
            }
            let rate = { (column: String) in OptionalWord.encode(Int(value(column))) }
            if !diploma.isEmpty { byDiploma[diploma, default: []].append(table.count) }
            table.append([
                .diploma: pool.intern(diploma), .mefstat11: pool.intern(mefstat), .millesime: pool.intern(value("millesime")),
                .region: pool.intern(value("code_region")), .voie: voie,
                .emploi6: rate("taux_emploi_6_mois"), .emploi12: rate("taux_emploi_12_mois"), .emploi18: rate("taux_emploi_18_mois"),
                .emploi24: rate("taux_emploi_24_mois"), .poursuite: rate("taux_poursuite_etudes"), .sortants: rate("nb_sortant"),
                .source: SourceFiles.index(of: SourceFiles.inserJeunes)
            ])
        }
        table.write(SectionName.rates, to: &writer)
        report.count("inserjeunes.rates", table.count, of: file.count)
        report.count("inserjeunes.rates.withDiploma", byDiploma.values.reduce(0) { $0 + $1.count }, of: table.count)

        let regions = try read(SourceFiles.regionsFile, separator: ";")

            .rows("codeRegion", "libelleRegion", "codeDepartement")
        var names: [String: String] = [:]
        for record in regions { names[record["codeRegion"]] = record["libelleRegion"] }
        var regionTable = TableBuilder<RegionColumn>()
        for code in names.keys.sorted() { regionTable.append([.code: pool.intern(code), .name: pool.intern(names[code]!)]) }
        regionTable.write(SectionName.regions, to: &writer)
        writeDepartements(regions)
        return byDiploma
    }

    /// Département → region, for the person's insertion rates. The BCN file writes départements on
    /// three characters (`025`, `02A`, `971`); Jalon's `Departement` drops the padding zero. Rows that are
    /// not a département of `Departement` (collectivities such as `975` in region `00`, blanks) are left out.
    private func writeDepartements(_ file: [CSVRow]) {
        var regionOf: [String: String] = [:]
        for record in file {
            let raw = record["codeDepartement"], region = record["codeRegion"]
            let code = raw.count == 3 && raw.hasPrefix("0") ? String(raw.dropFirst()) : raw
            guard let departement = Departement(code), region != "00", !region.isEmpty else { continue }
            regionOf[departement.code] = region
        }
        var table = TableBuilder<DepartementColumn>()
        for code in regionOf.keys.sorted() { table.append([.code: pool.intern(code), .region: pool.intern(regionOf[code]!)]) }
        table.write(SectionName.departements, to: &writer)
        report.count("regions.departements", table.count)
    }
}
