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
        let documentCount = Double(searchDocs.count)

        // doc → (matched terms, weighted sum)
        var scores: [UInt32: (matched: Int, sum: Double)] = [:]
        var queryWeight = 0.0
        for (position, term) in queryTerms.enumerated() {
            let candidates = candidates(for: term, isLast: position == queryTerms.count - 1)
            guard !candidates.isEmpty else { continue }
            var best: [UInt32: Double] = [:]
            var termWeight = 0.0
            // With an exact match, its rarity weighs every candidate: a rare word that merely starts with
            // the query must not outrank the word itself.
            let exactIDF = candidates.first { $0.quality == 1 }.map { idf(of: $0.term, among: documentCount) }
            for (termIndex, quality) in candidates {
                let idf = exactIDF ?? idf(of: termIndex, among: documentCount)
                termWeight = max(termWeight, idf)
                let weight = quality * idf
                searchPostings.forEachFirst(of: termIndex) { doc in
                    if weight > best[doc, default: 0] { best[doc] = weight }
                }
            }
            queryWeight += termWeight
            for (doc, weight) in best {
                let old = scores[doc, default: (0, 0)]
                scores[doc] = (old.matched + 1, old.sum + weight)
            }
        }
        guard queryWeight > 0 else { return [] }

        var ranked: [(doc: Int, matched: Int, score: Double)] = []
        ranked.reserveCapacity(scores.count)
        for (doc, value) in scores {
            let row = Int(doc)
            guard let code = SearchKindCode(rawValue: Int(searchDocs[row, .kind])) else { continue }
            if let allowed, !allowed.contains(code) { continue }
            let length = max(Int(searchDocs[row, .termCount]), value.matched)
            let coverage = (Double(value.matched) / Double(length)).squareRoot()
            let prior = Double(searchDocs[row, .prior]) / 100
            let score = value.sum / queryWeight * coverage * prior * preference(code, entity: Int(searchDocs[row, .entity]))
            ranked.append((row, value.matched, score))
        }
        let top = ranked.sorted { ($1.matched, $1.score, $0.doc) < ($0.matched, $0.score, $1.doc) }.prefix(limit)
        return top.map { result(doc: $0.doc, score: $0.score) }
    }

    /// The vocabulary matches of one query word. When the word as typed is itself indexed (an acronym
    /// or a code such as "deaes"), it comes first at full quality and its stem's matches count a little
    /// less, so "deaes" ranks DEAES before DEAS although both stem to "dea".
    private func candidates(for term: (stem: String, word: String), isLast: Bool) -> [(term: Int, quality: Double)] {
        let stemMatches = vocabularyMatches(for: term.stem, isLast: isLast)
        guard term.word != term.stem, let exact = exactTerm(term.word) else { return stemMatches }
        return [(exact, 1)] + stemMatches.filter { $0.term != exact }.map { ($0.term, $0.quality * 0.9) }
    }

    private func exactTerm(_ word: String) -> Int? {
        let bytes = Array(word.utf8)
        let index = lowerBound(count: searchTerms.count) { compareTerm($0, bytes) < 0 }
        return index < searchTerms.count && compareTerm(index, bytes) == 0 ? index : nil
    }

    private func idf(of term: Int, among documentCount: Double) -> Double {
        log(1 + documentCount / max(Double(searchPostings.count(of: term)), 1))
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
        let entity = Int(searchDocs[doc, .entity])
        switch SearchKindCode(rawValue: Int(searchDocs[doc, .kind]))! {
        case .fiche:
            let code = ficheCode(row: entity)
            return SearchResult(kind: .fiche, code: code.rawValue, label: strings[fiches[entity, .label]], fiche: code, score: score)
        case .appellation:
            let fiche = appellations[entity, .fiche]
            return SearchResult(kind: .appellation, code: String(appellations[entity, .ogr]), label: strings[appellations[entity, .longLabel]],
                                fiche: fiche == OptionalWord.none ? nil : ficheCode(row: Int(fiche)), score: score)
        case .competence:
            return SearchResult(kind: .competence, code: String(competences[entity, .ogr]), label: strings[competences[entity, .label]], fiche: nil, score: score)
        case .savoir:
            return SearchResult(kind: .savoir, code: String(savoirs[entity, .ogr]), label: strings[savoirs[entity, .label]], fiche: nil, score: score)
        case .certification:
            return SearchResult(kind: .certification, code: certificationCode(row: entity).rawValue, label: strings[certifications[entity, .title]],
                                fiche: nil, score: score)
        }
    }

    /// Vocabulary entries a query term matches, with a quality: 1 exact, 0.75 prefix, 0.6 / 0.45 for one
    /// or two typing errors. Prefixes are tried for the last term (still being typed) or a term with no
    /// exact match; typing errors only for a term with no exact match, and only among terms that start
    /// with the same letter (or the first two letters swapped).
    func vocabularyMatches(for term: String, isLast: Bool = true) -> [(term: Int, quality: Double)] {
        let query = Array(term.utf8)
        var matches: [(term: Int, quality: Double)] = []
        let start = lowerBound(count: searchTerms.count) { compareTerm($0, query) < 0 }
        var exact = false
        if start < searchTerms.count, compareTerm(start, query) == 0 {
            matches.append((start, 1))
            exact = true
        }
        if query.count >= 3, isLast || !exact {
            var index = exact ? start + 1 : start
            while index < searchTerms.count, matches.count < Self.maxPrefixExpansions, termHasPrefix(index, query) {
                matches.append((index, 0.75))
                index += 1
            }
        }
        if !exact, query.count >= 4 {
            let maxDistance = query.count >= 8 ? 2 : 1
            query.withUnsafeBytes { queryBytes in
                for index in 0..<searchTerms.count {
                    let ref = searchTerms[index]
                    guard abs(strings.length(ref) - query.count) <= maxDistance else { continue }
                    let distance = strings.withBytes(ref) { term -> Int? in
                        // People rarely get the first letter wrong: keep terms that start like the query,
                        // or with its first two letters swapped, before paying for the distance.
                        guard term[0] == queryBytes[0] || (term[0] == queryBytes[1] && term[1] == queryBytes[0]) else { return nil }
                        return EditDistance.bounded(queryBytes, term, limit: maxDistance)
                    }
                    if let distance, distance > 0 { matches.append((index, distance == 1 ? 0.6 : 0.45)) }
                }
            }
        }
        return matches
    }

    static let maxPrefixExpansions = 64

    private func compareTerm(_ index: Int, _ query: [UInt8]) -> Int {
        strings.withBytes(searchTerms[index]) { term in
            query.withUnsafeBytes { query in
                let common = min(term.count, query.count)
                if common > 0 {
                    let result = memcmp(term.baseAddress!, query.baseAddress!, common)
                    if result != 0 { return Int(result) }
                }
                return term.count - query.count
            }
        }
    }

    private func termHasPrefix(_ index: Int, _ query: [UInt8]) -> Bool {
        strings.withBytes(searchTerms[index]) { term in term.count > query.count && term.starts(with: query) }
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
