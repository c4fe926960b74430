import JalonCore

/// Débouchés: the Dares tension figure of a fiche's family of métiers, for a person's place.
extension Catalogue {
    /// The figure for the fiche's main family (most employment) in the département when published,
    /// else in its region, else in France; `requestedArea` says what was asked when it fell back.
    /// Nil when the fiche joins no family with a published national figure.
    /// Without a département, `region` (INSEE code) is asked first.
    public func tension(of code: RomeCode, departement: Departement? = nil, region regionCode: String? = nil) -> MetierTension? {
        guard let faps = fapTable, let table = tensionTable, let links = ficheFaps, let row = ficheRow(code) else { return nil }
        let region: Region? = departement.flatMap { self.region(of: $0) } ?? regionCode.map { self.region($0) ?? Region(code: $0, name: $0) }
        var asked: [(level: UInt32, area: String, value: MetierTension.Area)] = []
        if let departement { asked.append((2, departement.code, .departement(departement.code))) }
        if let region { asked.append((1, region.code, .region(code: region.code, name: region.name))) }
        asked.append((0, "", .france))
        for base in links.tupleStarts(of: row) {
            let fap = links.values[base]
            let first = lowerBound(count: table.count) { table[$0, .fap] < fap }
            for (position, area) in asked.enumerated() {
                var tensionRow = first
                while tensionRow < table.count, table[tensionRow, .fap] == fap {
                    if table[tensionRow, .level] == area.level, strings[table[tensionRow, .area]] == area.area {
                        return tension(row: tensionRow, fap: Int(fap), faps: faps, table: table, area: area.value,
                                       requested: position == 0 ? nil : asked[0].value)
                    }
                    tensionRow += 1
                }
            }
        }
        return nil
    }

    private func tension(row: Int, fap: Int, faps: Table<FapColumn>, table: Table<TensionColumn>, area: MetierTension.Area,
                         requested: MetierTension.Area?) -> MetierTension {
        let pairs: [(MetierTension.Component.Kind, TensionColumn)] = [
            (.hiringIntensity, .hiringIntensity), (.labourShortage, .labourShortage), (.nonDurableEmployment, .nonDurableEmployment),
            (.workingConditions, .workingConditions), (.geographicMismatch, .geographicMismatch), (.trainingLink, .trainingLink),
        ]
        let components = pairs.compactMap { kind, column in
            table[row, column] == 0 ? nil : MetierTension.Component(kind: kind, category: Int(table[row, column]))
        }
        let salary = OptionalWord.decode(faps[fap, .medianSalary]).map { MetierTension.Salary(euros: $0, period: strings[faps[fap, .salaryPeriod]]) }
        return MetierTension(family: strings[faps[fap, .code]], area: area, requestedArea: requested, category: Int(table[row, .category]),
                             components: components, employment: OptionalWord.decode(table[row, .employment]), year: Int(table[row, .year]),
                             medianSalary: salary, source: source(faps[fap, .source]))
    }
}
