import JalonCore

extension Catalogue {
    /// The catalogue as métier matching reads it (JalonCore's ``MatchingIndex``): every fiche with its
    /// centres d'intérêt, items, mobilités and the levels of the active certifications that lead to it,
    /// plus appellation → fiche and compétence → macro-compétence. Build it once per process (tens of
    /// milliseconds) and share it: it is an immutable value.
    public func matchingIndex() -> MatchingIndex { MatchingIndex(matchingIndexSource()) }

    /// What ``matchingIndex()`` is built from, as plain entries (tests rewrite labels in it).
    public func matchingIndexSource() -> MatchingIndexSource {
        var centres = [[RomeCentreInteretLink]](repeating: [], count: fiches.count)
        for link in centreInteretLinks { centres[ficheRow(link.fiche)!].append(link) }
        let entries = (0..<fiches.count).map { row -> MatchingFicheEntry in
            let fiche = fiche(row: row)
            // Certifications linked through the parent fiche count too: RNCP still uses ROME v3 codes.
            let levels = ficheCerts.tuples(of: row).compactMap { tuple -> Niveau? in
                let certification = Int(tuple[tuple.startIndex])
                guard TriState.decode(certifications[certification, .active]) == true else { return nil }
                return Niveau(Int(certifications[certification, .niveau]))
            }
            return MatchingFicheEntry(code: fiche.code, label: fiche.label, riasecMajor: fiche.riasecMajor, riasecMinor: fiche.riasecMinor,
                                      centres: centres[row], items: items(of: fiche.code), certificationLevels: levels,
                                      isRegulated: fiche.emploiReglemente == true, mobilites: mobilites(of: fiche.code))
        }
        var appellationFiches: [OgrCode: RomeCode] = [:]
        for row in 0..<appellations.count where appellations[row, .fiche] != OptionalWord.none {
            appellationFiches[OgrCode(Int(appellations[row, .ogr]))] = ficheCode(row: Int(appellations[row, .fiche]))
        }
        var families: [OgrCode: OgrCode] = [:]
        for row in 0..<competences.count where competences[row, .macro] != 0 {
            families[OgrCode(Int(competences[row, .ogr]))] = OgrCode(Int(competences[row, .macro]))
        }
        let centreLabels = Dictionary(uniqueKeysWithValues: centresInteret.map { ($0.code, $0.label) })
        return MatchingIndexSource(fiches: entries, appellations: appellationFiches, families: families, centreLabels: centreLabels)
    }
}
