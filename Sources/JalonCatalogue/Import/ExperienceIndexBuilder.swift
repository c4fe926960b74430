/// What a document of the experience index is (its `kind` column).
enum ExperienceDocKind: Int {
    /// A fiche's title (entity: fiche row).
    case fiche = 0
    /// An appellation's long and short titles (entity: appellation row).
    case appellation
    /// One ONISEP métier name linked to a fiche (entity: fiche row).
    case onisep
    /// The labels of a fiche's contexts of work, savoirs and savoir-faire (entity: fiche row).
    case context
}

extension CatalogueBuild {
    /// Writes the experience search's index (see `Catalogue.experienceCandidates`): the same titles as
    /// the catalogue search, plus ONISEP names and, per fiche, one long document of everything ROME
    /// says of where and with what the work is done, where words like « EHPAD » or « camping » live.
    func writeExperienceIndex() {
        var entries: [SearchEntry] = []
        for entry in searchEntries {
            switch SearchKindCode(rawValue: entry.kind) {
            case .fiche:
                entries.append(
                    SearchEntry(
                        code: ExperienceDocKind.fiche.rawValue, entity: entry.entity, texts: entry.texts,
                        extraTerms: entry.extraTerms, prior: entry.prior))
            case .appellation:
                entries.append(
                    SearchEntry(
                        code: ExperienceDocKind.appellation.rawValue, entity: entry.entity, texts: entry.texts,
                        extraTerms: entry.extraTerms, prior: entry.prior))
            default: continue
            }
        }
        for (row, labels) in ficheOnisepLabels.enumerated() {
            for label in labels {
                entries.append(SearchEntry(code: ExperienceDocKind.onisep.rawValue, entity: row, texts: [pool.string(label)], extraTerms: []))
            }
        }
        for (row, labels) in ficheItemLabels.enumerated() {
            entries.append(SearchEntry(code: ExperienceDocKind.context.rawValue, entity: row, texts: labels.map(pool.string), extraTerms: []))
        }
        let (documents, terms) = writeIndex(entries, prefix: SectionName.experienceIndex)
        report.count("experience.documents", documents)
        report.count("experience.terms", terms)
    }
}
