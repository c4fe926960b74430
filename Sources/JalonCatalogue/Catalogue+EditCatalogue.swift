import JalonCore
import JalonLocale

/// The catalogue as the edits see it (codes checked, labels copied, appellations found by words).
extension Catalogue: EditCatalogue {
    /// The experience search (a person's own words, ``experienceCandidates(_:limit:)``), one
    /// appellation per fiche, so that every door offers the same candidates.
    public func appellationCandidates(_ words: String) throws(EditFailure) -> [EditCandidate] {
        do {
            return try experienceCandidates(words).candidates.map {
                EditCandidate(code: "\($0.appellation.ogr)", label: $0.appellation.longLabel, fiche: $0.appellation.fiche.rawValue, score: $0.score)
            }
        } catch {
            throw EditFailure(.invalid, field: "appellation", fr: error.message(in: .fr), en: error.message(in: .en))
        }
    }
}
