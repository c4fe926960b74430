import JalonCore

/// The catalogue as the edits see it (codes checked, labels copied, appellations found by words).
extension Catalogue: EditCatalogue {
    public func appellationCandidates(_ words: String) -> [EditCandidate] {
        search(words, kind: .metier, limit: 12).filter { $0.kind == .appellation }
            .map { EditCandidate(code: $0.code, label: $0.label, score: $0.score) }
    }
}
