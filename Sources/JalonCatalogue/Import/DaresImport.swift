import Foundation

/// Dares–Pôle emploi tension figures (2019) by family of métiers (FAP 2009), their correspondence with
/// ROME fiches, and the median salary of each family. A ROME 4.0 fiche absent from the correspondence
/// (which uses ROME v3 codes) joins through its parent fiche, the v3 fiche it was split from.
extension CatalogueBuild {
    func importDares() throws(ImportError) {
        let source = SourceFiles.index(of: SourceFiles.dares)
        let tensionFile = try read(SourceFiles.daresTensionsFile, separator: ",")
        let columns = [
            "fap", "Emploi moyen", "Tension", "Catégorie Tension", "Intensité d'embauches", "Lien formation-emploi",
            "Manque de main-d'œuvre disponible", "Non-durabilité de l'emploi", "Conditions de travail contraignantes",
            "Inadéquation géographique", "Année", "niveau_geo", "niveau_fap", "reg", "dep"
        ]
        var published: [(fap: String, level: UInt32, area: String, words: [TensionColumn: UInt32])] = []
        var unpublished = 0
        for record in try tensionFile.rows(columns) where record["niveau_fap"] == "fap 225" {
            let level: UInt32
            switch record["niveau_geo"].trimmingCharacters(in: .whitespaces) {
            case "nat": level = 0
            case "reg": level = 1
            case "dep": level = 2
            default:
                report.anomaly("dares.unknownLevel", example: record["niveau_geo"])
                continue
            }
            // Empty cells: too few observations, not published. Such a row says nothing.
            guard let category = Self.category(record["Catégorie Tension"]), let indicator = Double(record["Tension"]) else {
                unpublished += 1
                continue
            }
            let area = level == 1 ? Self.regionCode(record["reg"]) : level == 2 ? record["dep"] : ""
            var words: [TensionColumn: UInt32] = [
                .employment: OptionalWord.encode(Int(Double(record["Emploi moyen"]) ?? -1).clampedNonNegative),
                .indicator: UInt32(bitPattern: Int32((indicator * 1000).rounded())), .category: category,
                .year: UInt32(record["Année"]) ?? 0
            ]
            for (column, name) in [
                (TensionColumn.hiringIntensity, "Intensité d'embauches"), (.trainingLink, "Lien formation-emploi"),
                (.labourShortage, "Manque de main-d'œuvre disponible"), (.nonDurableEmployment, "Non-durabilité de l'emploi"),
                (.workingConditions, "Conditions de travail contraignantes"), (.geographicMismatch, "Inadéquation géographique")
            ] {
                words[column] = Self.category(record[name]) ?? 0
            }
            published.append((record["fap"], level, area, words))
        }
        report.count("dares.tensions", published.count, of: published.count + unpublished)

        // Families: every FAP 225 code of the tensions or of the correspondence, sorted.
        let correspondence = try read(SourceFiles.daresFapRomeFile, separator: ";").rows("Fap", "Rome", "intitule_rome")
        let fapCodes = Set(published.map(\.fap)).union(correspondence.map { $0["Fap"] }.filter { !$0.isEmpty }).sorted()
        let fapRows = Dictionary(uniqueKeysWithValues: fapCodes.enumerated().map { ($1, $0) })
        let salaries = try medianSalaries()
        var fapTable = TableBuilder<FapColumn>()
        for code in fapCodes {
            let salary = salaries[String(code.prefix(3))]
            fapTable.append([
                .code: pool.intern(code), .medianSalary: OptionalWord.encode(salary?.euros),
                .salaryPeriod: pool.intern(salary?.period), .source: source
            ])
        }
        fapTable.write(SectionName.faps, to: &writer)
        report.count("dares.faps", fapCodes.count)
        report.count("dares.faps.withSalary", fapCodes.filter { salaries[String($0.prefix(3))] != nil }.count, of: fapCodes.count)

        var tensionTable = TableBuilder<TensionColumn>()
        for row in published.sorted(by: { ($0.fap, $0.level, $0.area) < ($1.fap, $1.level, $1.area) }) {
            var words = row.words
            words[.fap] = UInt32(fapRows[row.fap]!)
            words[.level] = row.level
            words[.area] = pool.intern(row.area)
            tensionTable.append(words)
        }
        tensionTable.write(SectionName.tensions, to: &writer)

        // Correspondence: ROME v3 code → families; the family with the most employment (France) first.
        let nationalEmployment = Dictionary(
            published.filter { $0.level == 0 }.map { ($0.fap, OptionalWord.decode($0.words[.employment]!) ?? 0) },
            uniquingKeysWith: max)
        var familiesOfCode: [String: [String]] = [:]
        for record in correspondence where record["Rome"] != "NA" && !record["Rome"].isEmpty {
            let code = record["Rome"]
            if ficheRows[code] == nil { report.anomaly("dares.rome.unknownFiche", example: "\(record["Fap"]) → \(code)") }
            familiesOfCode[code, default: []].append(record["Fap"])
        }
        var relation = RelationBuilder(arity: FicheFapTuple.arity)
        var direct = 0, throughParent = 0, withNationalFigure = 0
        var unjoined: [String] = []
        for (row, code) in ficheCodes.enumerated() {
            var families = familiesOfCode[code] ?? []
            var viaParent: UInt32 = 0
            if families.isEmpty, let parent = ficheParentRows[row] {
                families = familiesOfCode[ficheCodes[parent]] ?? []
                viaParent = 1
            }
            let ordered = Array(Set(families)).sorted { (nationalEmployment[$0] ?? -1, $1) > (nationalEmployment[$1] ?? -1, $0) }
            if ordered.isEmpty { unjoined.append(code) } else if viaParent == 1 { throughParent += 1 } else { direct += 1 }
            if ordered.contains(where: { nationalEmployment[$0] != nil }) { withNationalFigure += 1 }
            relation.appendOwner(ordered.flatMap { [UInt32(fapRows[$0]!), viaParent] })
        }
        relation.write(SectionName.ficheFaps, to: &writer)
        report.count("dares.fiches.joinedDirectly", direct, of: ficheCodes.count)
        report.count("dares.fiches.joinedThroughParent", throughParent, of: ficheCodes.count)
        report.count("dares.fiches.withNationalTension", withNationalFigure, of: ficheCodes.count)
        if !unjoined.isEmpty {
            report.anomaly("dares.fiche.unjoined", example: unjoined.joined(separator: " "), count: unjoined.count)
        }
    }

    /// Median monthly salary of each FAP 87 group (three characters), latest period.
    private func medianSalaries() throws(ImportError) -> [String: (euros: Int, period: String)] {
        var result: [String: (euros: Int, period: String)] = [:]
        for record in try read(SourceFiles.daresSalaryFile, separator: ",").rows("Fap3", "Annee", "Salaire_median") {
            guard let euros = Int(record["Salaire_median"]) else { continue }
            let code = record["Fap3"], period = record["Annee"]
            if let old = result[code], old.period >= period { continue }
            result[code] = (euros, period)
        }
        return result
    }

    /// "3.0" → 3; nil when empty or outside 1–5.
    static func category(_ text: String) -> UInt32? {
        guard let value = Double(text), value >= 1, value <= 5 else { return nil }
        return UInt32(value.rounded())
    }

    /// "27.0" → "27", "1.0" → "01" (INSEE region codes have two digits).
    static func regionCode(_ text: String) -> String {
        guard let value = Double(text) else { return text }
        let code = String(Int(value))
        return code.count == 1 ? "0" + code : code
    }
}

private extension Int {
    var clampedNonNegative: Int? { self < 0 ? nil : self }
}
