import JalonCore

/// Débouchés: the Dares tension figure of a fiche's family of métiers, for a person's place.
extension Catalogue {
    /// The figure for the fiche's main family (most employment) in the département when published,
    /// else in its region, else in France; `requestedArea` says what was asked when it fell back.
    /// Nil when the fiche joins no family with a published national figure.
    /// Without a département, `region` (INSEE code) is asked first.
    public func tension(of code: RomeCode, departement: Departement? = nil, region regionCode: String? = nil) -> MetierTension? {
        var none: [UInt32: MetierTension?] = [:]
        return tension(of: code, asked: askedAreas(departement: departement, region: regionCode), memo: &none)
    }

    /// The preference « métiers qui recrutent dans ma région » of `profil`, as matching reads it: the
    /// figure of every fiche in the person's département (with the fallback above); nil when it is off.
    /// Each family is looked up once (1,584 fiches share 225 families).
    public func regionalProspects(for profil: Profil?) -> RegionalProspects? {
        guard let profil, profil.metiersQuiRecrutent else { return nil }
        let asked = askedAreas(departement: profil.departement, region: nil)
        var memo: [UInt32: MetierTension?] = [:]
        var tensions: [RomeCode: MetierTension] = [:]
        for code in ficheCodes { tensions[code] = tension(of: code, asked: asked, memo: &memo) }
        return RegionalProspects(tensions: tensions)
    }

    private typealias AskedArea = (level: UInt32, area: String, value: MetierTension.Area)

    /// The areas to ask, narrowest first, France last.
    private func askedAreas(departement: Departement?, region regionCode: String?) -> [AskedArea] {
        let region: Region? = departement.flatMap { self.region(of: $0) } ?? regionCode.map { self.region($0) ?? Region(code: $0, name: $0) }
        var asked: [AskedArea] = []
        if let departement { asked.append((2, departement.code, .departement(departement.code))) }
        if let region { asked.append((1, region.code, .region(code: region.code, name: region.name))) }
        asked.append((0, "", .france))
        return asked
    }

    /// The first of the fiche's families (most employment first) with a figure in one of `asked`;
    /// `memo` keeps each family's answer for these areas.
    private func tension(of code: RomeCode, asked: [AskedArea], memo: inout [UInt32: MetierTension?]) -> MetierTension? {
        guard let links = ficheFaps, let row = ficheRow(code) else { return nil }
        for base in links.tupleStarts(of: row) {
            let fap = links.values[base]
            if memo[fap] == nil { memo[fap] = .some(figure(ofFamily: fap, asked: asked)) }
            if let figure = memo[fap]! { return figure }
        }
        return nil
    }

    /// The family's figure in the narrowest of `asked` that publishes one; nil when none does.
    private func figure(ofFamily fap: UInt32, asked: [AskedArea]) -> MetierTension? {
        guard let faps = fapTable, let table = tensionTable else { return nil }
        let first = lowerBound(count: table.count) { table[$0, .fap] < fap }
        for (position, area) in asked.enumerated() {
            var tensionRow = first
            while tensionRow < table.count, table[tensionRow, .fap] == fap {
                if table[tensionRow, .level] == area.level, strings[table[tensionRow, .area]] == area.area {
                    return tension(
                        row: tensionRow, fap: Int(fap), faps: faps, table: table, area: area.value,
                        requested: position == 0 ? nil : asked[0].value)
                }
                tensionRow += 1
            }
        }
        return nil
    }

    private func tension(
        row: Int, fap: Int, faps: Table<FapColumn>, table: Table<TensionColumn>, area: MetierTension.Area,
        requested: MetierTension.Area?
    ) -> MetierTension {
        let pairs: [(MetierTension.Component.Kind, TensionColumn)] = [
            (.hiringIntensity, .hiringIntensity), (.labourShortage, .labourShortage), (.nonDurableEmployment, .nonDurableEmployment),
            (.workingConditions, .workingConditions), (.geographicMismatch, .geographicMismatch), (.trainingLink, .trainingLink)
        ]
        let components = pairs.compactMap { kind, column in
            table[row, column] == 0 ? nil : MetierTension.Component(kind: kind, category: Int(table[row, column]))
        }
        let salary = OptionalWord.decode(faps[fap, .medianSalary]).map { MetierTension.Salary(euros: $0, period: strings[faps[fap, .salaryPeriod]]) }
        return MetierTension(
            family: strings[faps[fap, .code]], area: area, requestedArea: requested, category: Int(table[row, .category]),
            components: components, employment: OptionalWord.decode(table[row, .employment]), year: Int(table[row, .year]),
            medianSalary: salary, source: source(faps[fap, .source]))
    }
}

extension MatchingPerson {
    /// The same person with the job prospects of their place when their profile asks for métiers qui
    /// recrutent (``Catalogue/regionalProspects(for:)``); unchanged otherwise. Every door ranks through it.
    public func withRegionalProspects(of profil: Profil?, in catalogue: Catalogue) -> MatchingPerson {
        var copy = self
        copy.prospects = catalogue.regionalProspects(for: profil)
        return copy
    }
}
