import JalonCore

extension Catalogue {
    /// The catalogue as métier matching reads it (JalonCore's `MatchingIndex`): every fiche with its
    /// centres d'intérêt, items, mobilités and the levels of the active certifications that lead to it
    /// (with those admitting without a diploma, JalonCore's `EntryRule`),
    /// plus appellation → fiche and compétence → macro-compétence. Read from the layout the importer
    /// stored in the artifact (a few milliseconds), or rebuilt from the tables when the artifact's layout
    /// is of another version (60–100 milliseconds). Make it once per process and share it: it is an
    /// immutable value.
    public func matchingIndex() throws(CatalogueError) -> MatchingIndex {
        guard let storedMatchingLayout else { return rebuiltMatchingIndex() }
        return MatchingIndex(layout: try storedMatchingLayout.layout(strings: strings, source: artifactPath))
    }

    /// The index built from the catalogue's tables, ignoring any stored layout: what the importer stores,
    /// and what the stored one must equal.
    public func rebuiltMatchingIndex() -> MatchingIndex { MatchingIndex(matchingIndexSource()) }

    /// Whether ``matchingIndex()`` reads a stored layout rather than rebuilding it.
    public var storesMatchingIndex: Bool { storedMatchingLayout != nil }

    /// What ``matchingIndex()`` is built from, as plain entries (tests rewrite labels in it).
    public func matchingIndexSource() -> MatchingIndexSource {
        let codes = (0..<fiches.count).map(ficheCode(row:))
        var centres = [[RomeCentreInteretLink]](repeating: [], count: fiches.count)
        for row in 0..<self.centres.count {
            guard let centre = CentreInteretCode(Int(self.centres[row, .code])) else { continue }
            let links = centreFiches.values
            for base in centreFiches.tupleStarts(of: row) {
                let fiche = Int(links[base])
                centres[fiche].append(RomeCentreInteretLink(centreInteret: centre, fiche: codes[fiche], isPrincipal: links[base + 1] == 1))
            }
        }
        // Read the columns directly (not `fiche(row:)` and `items(of:)`): the definitions are not needed,
        // and an item's label is decoded once, not once per fiche that lists it.
        var itemLabels: [UInt32: String] = [:]
        let coherences: [FicheItem.Coherence] = [.principale, .emergente, .ordinaire]
        // `allCases` builds a new array at each call: once here, not once per item.
        let rubriques = FicheItem.Rubrique.allCases
        // Tuples are read in place (`tupleStarts`), not as one view each: this loop meets every item of every fiche.
        let itemWords = ficheItems.values, certWords = ficheCerts.values, mobiliteWords = ficheMobilites.values
        // The entry rule reads a certification's title and certifiers (folded words): once per
        // certification, and once per certifier for the ministère du Travail.
        var exceptions: [Int: EntryRule.Exception?] = [:], ministry: [UInt32: Bool] = [:]
        let certifierWords = certCertifiers.values
        let entryException = { (certification: Int) -> EntryRule.Exception? in
            if let known = exceptions[certification] { return known }
            let byMinistry = self.certCertifiers.tupleStarts(of: certification).contains { base in
                let name = certifierWords[base]
                if let known = ministry[name] { return known }
                let found = EntryRule.isMinistryOfLabour(self.strings[name])
                ministry[name] = found
                return found
            }
            let found = EntryRule.exception(title: self.strings[self.certifications[certification, .title]], byMinistryOfLabour: byMinistry)
            exceptions[certification] = found
            return found
        }
        let entries = (0..<fiches.count).map { row -> MatchingFicheEntry in
            let items = ficheItems.tupleStarts(of: row).map { base in
                let labelRef = itemWords[base + 1]
                let label =
                    itemLabels[labelRef]
                    ?? {
                        let label = strings[labelRef]; itemLabels[labelRef] = label; return label
                    }()
                return FicheItem(
                    ogr: OgrCode(Int(itemWords[base])), label: label, rubrique: rubriques[Int(itemWords[base + 2])],
                    coherence: coherences[Int(itemWords[base + 3])])
            }
            // Certifications linked through the parent fiche count too: RNCP still uses ROME v3 codes.
            var levels: [Niveau] = [], open: [MatchingFicheEntry.OpenCertification] = []
            for base in ficheCerts.tupleStarts(of: row) {
                let certification = Int(certWords[base])
                guard TriState.decode(certifications[certification, .active]) == true,
                    let niveau = Niveau(Int(certifications[certification, .niveau]))
                else { continue }
                levels.append(niveau)
                if let exception = entryException(certification) { open.append(.init(niveau: niveau, exception: exception)) }
            }
            let mobilites = ficheMobilites.tupleStarts(of: row).map {
                Mobilite(target: codes[Int(mobiliteWords[$0])], order: Int(mobiliteWords[$0 + 1]))
            }
            return MatchingFicheEntry(
                code: codes[row], label: strings[fiches[row, .label]], riasecMajor: Self.riasec(fiches[row, .riasecMajor]),
                riasecMinor: Self.riasec(fiches[row, .riasecMinor]), centres: centres[row], items: items,
                certificationLevels: levels, openCertifications: open, isRegulated: TriState.decode(fiches[row, .reglemente]) == true,
                mobilites: mobilites)
        }
        var appellationFiches: [OgrCode: RomeCode] = [:]
        for row in 0..<appellations.count where appellations[row, .fiche] != OptionalWord.none {
            appellationFiches[OgrCode(Int(appellations[row, .ogr]))] = codes[Int(appellations[row, .fiche])]
        }
        var families: [OgrCode: OgrCode] = [:]
        for row in 0..<competences.count where competences[row, .macro] != 0 {
            families[OgrCode(Int(competences[row, .ogr]))] = OgrCode(Int(competences[row, .macro]))
        }
        let centreLabels = Dictionary(uniqueKeysWithValues: centresInteret.map { ($0.code, $0.label) })
        return MatchingIndexSource(fiches: entries, appellations: appellationFiches, families: families, centreLabels: centreLabels)
    }
}
