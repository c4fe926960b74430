import Foundation
import JalonCore

/// Ranked search over appellations, fiches, compétences, savoirs and certifications.
///
/// Each query term is matched against the index vocabulary exactly, then as a prefix, then (if it
/// matched nothing) within one or two typing errors. A document's rank is decided by how many query
/// terms it matches, then by how well (rare terms count more, exact matches more than approximate
/// ones) and how much of the document the query covers, so the plain label beats longer ones.
extension Catalogue {
    public func search(_ query: String, kind: SearchKind? = nil, limit: Int = 10) -> [SearchResult] {
        let queryTerms = SearchText.queryTerms(query)
        guard !queryTerms.isEmpty, limit > 0 else { return [] }
        let allowed = kind?.codes
        let (scores, queryWeight) = searchIndex.scores(queryTerms)
        guard queryWeight > 0 else { return [] }

        var ranked: [(doc: Int, matched: Int, score: Double)] = []
        ranked.reserveCapacity(scores.count)
        for (doc, value) in scores {
            let row = Int(doc)
            guard let code = SearchKindCode(rawValue: Int(searchIndex.docs[row, .kind])) else { continue }
            if let allowed, !allowed.contains(code) { continue }
            let length = max(Int(searchIndex.docs[row, .termCount]), value.matched)
            let coverage = (Double(value.matched) / Double(length)).squareRoot()
            let prior = Double(searchIndex.docs[row, .prior]) / 100
            let score = value.sum / queryWeight * coverage * prior * preference(code, entity: Int(searchIndex.docs[row, .entity]))
            ranked.append((row, value.matched, score))
        }
        let top = ranked.sorted { ($1.matched, $1.score, $0.doc) < ($0.matched, $0.score, $1.doc) }.prefix(limit)
        return top.map { result(doc: $0.doc, score: $0.score) }
    }

    /// Preferences between equally good matches: métiers before certifications and skills (what a person
    /// usually looks for), a fiche before its appellations, the principal appellation before synonyms,
    /// current certifications before superseded or withdrawn ones.
    private func preference(_ code: SearchKindCode, entity: Int) -> Double {
        switch code {
        case .fiche: 1
        case .appellation: appellations[entity, .principale] == 1 ? 0.99 : 0.97
        case .certification:
            // Active and not superseded first: the 2021 snapshot still calls some replaced fiches active.
            switch (TriState.decode(certifications[entity, .active]), certReplacedBy.count(of: entity) == 0) {
            case (true?, true): 0.85
            case (true?, false): 0.75
            case (nil, _): 0.7
            case (false?, _): 0.6
            }
        case .competence: 0.8
        case .savoir: 0.78
        }
    }

    private func result(doc: Int, score: Double) -> SearchResult {
        let entity = Int(searchIndex.docs[doc, .entity])
        switch SearchKindCode(rawValue: Int(searchIndex.docs[doc, .kind]))! {
        case .fiche:
            let code = ficheCode(row: entity)
            return SearchResult(kind: .fiche, code: code.rawValue, label: strings[fiches[entity, .label]], fiche: code, score: score)
        case .appellation:
            let fiche = appellations[entity, .fiche]
            return SearchResult(
                kind: .appellation, code: String(appellations[entity, .ogr]), label: strings[appellations[entity, .longLabel]],
                fiche: fiche == OptionalWord.none ? nil : ficheCode(row: Int(fiche)), score: score)
        case .competence:
            return SearchResult(
                kind: .competence, code: String(competences[entity, .ogr]), label: strings[competences[entity, .label]], fiche: nil, score: score)
        case .savoir:
            return SearchResult(kind: .savoir, code: String(savoirs[entity, .ogr]), label: strings[savoirs[entity, .label]], fiche: nil, score: score)
        case .certification:
            return SearchResult(
                kind: .certification, code: certificationCode(row: entity).rawValue, label: strings[certifications[entity, .title]],
                fiche: nil, score: score)
        }
    }

}

/// Optimal-string-alignment distance (Levenshtein plus adjacent transpositions), abandoned as soon
/// as it must exceed `limit`. Rows live in one stack allocation: the fuzzy pass calls this for
/// thousands of vocabulary terms per query.
enum EditDistance {
    static func bounded(_ a: UnsafeRawBufferPointer, _ b: UnsafeRawBufferPointer, limit: Int) -> Int? {
        let n = a.count, m = b.count
        if abs(n - m) > limit { return nil }
        if n == 0 || m == 0 { return max(n, m) <= limit ? max(n, m) : nil }
        let width = m + 1
        return withUnsafeTemporaryAllocation(of: Int.self, capacity: 3 * width) { rows -> Int? in
            // Rows rotate: `older` is i-2, `previous` i-1, `current` i.
            var older = 0, previous = width, current = 2 * width
            for j in 0...m { rows[previous + j] = j }
            for i in 1...n {
                rows[current] = i
                var rowMinimum = i
                for j in 1...m {
                    let cost = a[i - 1] == b[j - 1] ? 0 : 1
                    var value = min(rows[previous + j] + 1, rows[current + j - 1] + 1, rows[previous + j - 1] + cost)
                    if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] { value = min(value, rows[older + j - 2] + 1) }
                    rows[current + j] = value
                    rowMinimum = min(rowMinimum, value)
                }
                if rowMinimum > limit { return nil }
                (older, previous, current) = (previous, current, older)
            }
            return rows[previous + m] <= limit ? rows[previous + m] : nil
        }
    }
}
