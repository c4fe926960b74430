import JalonCore

/// Domain values made from the stored rows.
extension Catalogue {
    // MARK: Fiches

    func ficheRow(_ code: RomeCode) -> Int? {
        let row = lowerBound(count: fiches.count) { strings[fiches[$0, .code]] < code.rawValue }
        return row < fiches.count && strings[fiches[row, .code]] == code.rawValue ? row : nil
    }

    func ficheCode(row: Int) -> RomeCode { RomeCode(strings[fiches[row, .code]])! }

    /// Every fiche code, in order.
    public var ficheCodes: [RomeCode] { (0..<fiches.count).map(ficheCode(row:)) }

    /// The fiche with this code, or nil when ROME v460 has none.
    public func fiche(_ code: RomeCode) -> Fiche? { ficheRow(code).map(fiche(row:)) }

    func fiche(row: Int) -> Fiche {
        let word = { (column: FicheColumn) in self.fiches[row, column] }
        let definition = strings[word(.definition)]
        return Fiche(
            code: ficheCode(row: row), ogr: OgrCode(Int(word(.ogr))), label: strings[word(.label)],
            grandDomaine: .init(code: strings[word(.grandDomaineCode)], label: strings[word(.grandDomaineLabel)]),
            domaine: .init(code: strings[word(.domaineCode)], label: strings[word(.domaineLabel)]),
            riasecMajor: Self.riasec(word(.riasecMajor)), riasecMinor: Self.riasec(word(.riasecMinor)),
            definition: definition.isEmpty ? [] : definition.split(separator: "\n", omittingEmptySubsequences: false).map(String.init),
            accesAuMetier: strings[word(.acces)],
            emploiReglemente: TriState.decode(word(.reglemente)), emploiCadre: TriState.decode(word(.cadre)),
            transitions: Transitions(
                ecologique: strings.optional(word(.transitionEco)), numerique: TriState.decode(word(.transitionNum)),
                demographique: TriState.decode(word(.transitionDemo))),
            parent: word(.parent) == OptionalWord.none ? nil : ficheCode(row: Int(word(.parent))),
            source: source(word(.source)))
    }

    static func riasec(_ word: UInt32) -> RiasecType? { word == 0 ? nil : RiasecType.allCases[Int(word) - 1] }

    /// Compétences, savoirs and contextes of a fiche: by rubrique, cœur de métier first, then ROME's order.
    public func items(of code: RomeCode) -> [FicheItem] {
        guard let row = ficheRow(code) else { return [] }
        return ficheItems.tuples(of: row).map { tuple in
            let base = tuple.startIndex
            return FicheItem(
                ogr: OgrCode(Int(tuple[base])), label: strings[tuple[base + 1]],
                rubrique: FicheItem.Rubrique.allCases[Int(tuple[base + 2])],
                coherence: [.principale, .emergente, .ordinaire][Int(tuple[base + 3])])
        }
    }

    public func coeurDeMetier(of code: RomeCode) -> [FicheItem] { items(of: code).filter(\.isCoeurDeMetier) }

    /// Fiches reachable from this one, in ROME's order.
    public func mobilites(of code: RomeCode) -> [Mobilite] {
        guard let row = ficheRow(code) else { return [] }
        return ficheMobilites.tuples(of: row).map { Mobilite(target: ficheCode(row: Int($0[$0.startIndex])), order: Int($0[$0.startIndex + 1])) }
    }

    /// ONISEP métier pages linked to the fiche.
    public func onisepLinks(of code: RomeCode) -> [OnisepLink] {
        guard let row = ficheRow(code) else { return [] }
        return ficheOnisep.tuples(of: row).map {
            OnisepLink(fiche: code, label: strings[$0[$0.startIndex]], url: strings[$0[$0.startIndex + 1]], source: source(id: "onisep"))
        }
    }

    // MARK: Appellations and items

    func appellation(row: Int) -> Appellation? {
        let fiche = appellations[row, .fiche]
        guard fiche != OptionalWord.none else { return nil }
        return Appellation(
            ogr: OgrCode(Int(appellations[row, .ogr])), longLabel: strings[appellations[row, .longLabel]],
            shortLabel: strings[appellations[row, .shortLabel]], fiche: ficheCode(row: Int(fiche)),
            isPrincipale: appellations[row, .principale] == 1, source: source(appellations[row, .source]))
    }

    /// The appellation with this OGR code; nil if unknown or pointing to no fiche.
    public func appellation(_ ogr: OgrCode) -> Appellation? {
        let row = lowerBound(count: appellations.count) { Int(appellations[$0, .ogr]) < ogr.rawValue }
        guard row < appellations.count, Int(appellations[row, .ogr]) == ogr.rawValue else { return nil }
        return appellation(row: row)
    }

    /// Every appellation of the fiche, by OGR code (a scan of 13,120 rows: for display, not for loops).
    public func appellations(of code: RomeCode) -> [Appellation] {
        guard let ficheRow = ficheRow(code) else { return [] }
        return (0..<appellations.count).filter { appellations[$0, .fiche] == UInt32(ficheRow) }.compactMap(appellation(row:))
    }

    func competence(row: Int) -> RomeCompetence {
        let word = { (column: CompetenceColumn) in self.competences[row, column] }
        return RomeCompetence(
            ogr: OgrCode(Int(word(.ogr))), label: strings[word(.label)], kind: word(.kind) == 1 ? .savoirEtre : .savoirFaire,
            category: strings[word(.category)], isMacro: word(.isMacro) == 1,
            macroCompetence: word(.macro) == 0 ? nil : OgrCode(Int(word(.macro))),
            riasecMajor: Self.riasec(word(.riasecMajor)), riasecMinor: Self.riasec(word(.riasecMinor)),
            source: source(word(.source)))
    }

    /// The savoir-faire or savoir-être with this OGR code.
    public func competence(_ ogr: OgrCode) -> RomeCompetence? {
        let row = lowerBound(count: competences.count) { Int(competences[$0, .ogr]) < ogr.rawValue }
        return row < competences.count && Int(competences[row, .ogr]) == ogr.rawValue ? competence(row: row) : nil
    }

    func savoir(row: Int) -> Savoir {
        Savoir(
            ogr: OgrCode(Int(savoirs[row, .ogr])), label: strings[savoirs[row, .label]], category: strings[savoirs[row, .category]],
            subcategory: strings[savoirs[row, .subcategory]], source: source(savoirs[row, .source]))
    }

    /// The savoir with this OGR code.
    public func savoir(_ ogr: OgrCode) -> Savoir? {
        let row = lowerBound(count: savoirs.count) { Int(savoirs[$0, .ogr]) < ogr.rawValue }
        return row < savoirs.count && Int(savoirs[row, .ogr]) == ogr.rawValue ? savoir(row: row) : nil
    }

    /// Every contexte de travail of ROME.
    public var contextesTravail: [ContexteTravail] {
        (0..<contextes.count).map {
            ContexteTravail(ogr: OgrCode(Int(contextes[$0, .ogr])), label: strings[contextes[$0, .label]], type: strings[contextes[$0, .type]])
        }
    }

    /// The fiches that list an item (compétence, savoir or contexte), with how they rate it; cœur de
    /// métier first, then by fiche code. Scans every link (about a millisecond).
    public func fiches(withItem ogr: OgrCode) -> [(fiche: RomeCode, coherence: FicheItem.Coherence)] {
        var result: [(fiche: RomeCode, coherence: FicheItem.Coherence)] = []
        let target = UInt32(ogr.rawValue)
        for row in 0..<fiches.count {
            for tuple in ficheItems.tuples(of: row) where tuple[0] == target {
                result.append((ficheCode(row: row), [.principale, .emergente, .ordinaire][Int(tuple[3])]))
            }
        }
        let order: [FicheItem.Coherence] = [.principale, .emergente, .ordinaire]
        return result.sorted { (order.firstIndex(of: $0.coherence)!, $0.fiche) < (order.firstIndex(of: $1.coherence)!, $1.fiche) }
    }

    // MARK: Centres d'intérêt

    /// The 30 centres d'intérêt, by code.
    public var centresInteret: [RomeCentreInteret] {
        // The importer keeps only codes 1…30, so none is dropped here.
        (0..<centres.count).compactMap { row in
            CentreInteretCode(Int(centres[row, .code])).map {
                RomeCentreInteret(
                    code: $0, label: strings[centres[row, .label]], definition: strings[centres[row, .definition]],
                    source: source(centres[row, .source]))
            }
        }
    }

    /// Links of every centre d'intérêt, in centre order then ROME's order.
    public var centreInteretLinks: [RomeCentreInteretLink] {
        (0..<centres.count).flatMap { row -> [RomeCentreInteretLink] in
            guard let code = CentreInteretCode(Int(centres[row, .code])) else { return [] }
            return centreFiches.tuples(of: row).map {
                RomeCentreInteretLink(centreInteret: code, fiche: ficheCode(row: Int($0[0])), isPrincipal: $0[1] == 1)
            }
        }
    }

    /// The centres d'intérêt linked to a fiche, principal ones first.
    public func centreInteretLinks(of code: RomeCode) -> [RomeCentreInteretLink] {
        centreInteretLinks.filter { $0.fiche == code }.sorted { ($0.isPrincipal ? 0 : 1, $0.centreInteret) < ($1.isPrincipal ? 0 : 1, $1.centreInteret) }
    }

    // MARK: Regions

    /// Regions InserJeunes reports on, by INSEE code.
    public var regions: [Region] { (0..<regionTable.count).map { Region(code: strings[regionTable[$0, .code]], name: strings[regionTable[$0, .name]]) } }

    /// The region with this INSEE code.
    public func region(_ code: String) -> Region? { regions.first { $0.code == code } }

    /// The region of a département (BCN's `departements_academies_regions.csv`, 27 for the Doubs).
    public func region(of departement: Departement) -> Region? {
        guard let table = departementTable else { return nil }
        let row = lowerBound(count: table.count) { strings[table[$0, .code]] < departement.code }
        guard row < table.count, strings[table[row, .code]] == departement.code else { return nil }
        return region(strings[table[row, .region]])
    }
}
