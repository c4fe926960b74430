import Foundation

/// One inverted index of the artifact: documents (a kind, an entity row, a length, a prior), the sorted
/// vocabulary of their terms, and each term's postings. The catalogue search and the experience search
/// each have one, so that the experience search's long documents (every context, savoir and compétence
/// of a fiche) change neither the vocabulary nor the term rarities of the catalogue search.
struct TermIndex: Sendable {
    let docs: Table<SearchDocColumn>
    let terms: Words
    let postings: Relation
    let strings: StringPool

    /// The three sections `prefix.docs`, `prefix.terms` and `prefix.postings`.
    init(reader: ArtifactReader, prefix: String, strings: StringPool) throws(CatalogueError) {
        docs = try Table(reader: reader, name: prefix + ".docs")
        terms = try reader.words(prefix + ".terms")
        postings = try Relation(reader: reader, name: prefix + ".postings")
        self.strings = strings
        guard postings.ownerCount == terms.count, terms.allSatisfy({ Int($0) < strings.count }) else {
            throw .corrupt(path: reader.source, detail: prefix)
        }
    }

    /// The vocabulary matches of one query word. When the word as typed is itself indexed (an acronym
    /// or a code such as "deaes"), it comes first at full quality and its stem's matches count a little
    /// less, so "deaes" ranks DEAES before DEAS although both stem to "dea".
    /// For each document that matches at least one query term: how many terms it matches and the sum
    /// of their weights (rarity times match quality, times the term's own factor); and the weight of the
    /// whole query (each term that matched anything at its best rarity), to normalise against. The last
    /// term may be a prefix still being typed unless `lastIsPrefix` is false.
    func scores(
        _ queryTerms: [(stem: String, word: String)], factors: [Double]? = nil, lastIsPrefix: Bool = true
    )
        -> (perDoc: [UInt32: (matched: Int, sum: Double)], queryWeight: Double)
    {
        let documentCount = Double(docs.count)
        var scores: [UInt32: (matched: Int, sum: Double)] = [:]
        var queryWeight = 0.0
        for (position, term) in queryTerms.enumerated() {
            let candidates = candidates(for: term, isLast: lastIsPrefix && position == queryTerms.count - 1)
            guard !candidates.isEmpty else { continue }
            let factor = factors?[position] ?? 1
            var best: [UInt32: Double] = [:]
            var termWeight = 0.0
            // With an exact match, its rarity weighs every candidate: a rare word that merely starts with
            // the query must not outrank the word itself.
            let exactIDF = candidates.first { $0.quality == 1 }.map { idf(of: $0.term, among: documentCount) }
            for (termIndex, quality) in candidates {
                let idf = exactIDF ?? idf(of: termIndex, among: documentCount)
                termWeight = max(termWeight, idf)
                let weight = quality * idf * factor
                postings.forEachFirst(of: termIndex) { doc in
                    if weight > best[doc, default: 0] { best[doc] = weight }
                }
            }
            queryWeight += termWeight * factor
            for (doc, weight) in best {
                let old = scores[doc, default: (0, 0)]
                scores[doc] = (old.matched + 1, old.sum + weight)
            }
        }
        return (scores, queryWeight)
    }

    func candidates(for term: (stem: String, word: String), isLast: Bool) -> [(term: Int, quality: Double)] {
        let stemMatches = vocabularyMatches(for: term.stem, isLast: isLast)
        guard term.word != term.stem, let exact = exactTerm(term.word) else { return stemMatches }
        return [(exact, 1)] + stemMatches.filter { $0.term != exact }.map { ($0.term, $0.quality * 0.9) }
    }

    func exactTerm(_ word: String) -> Int? {
        let bytes = Array(word.utf8)
        let index = lowerBound(count: terms.count) { compareTerm($0, bytes) < 0 }
        return index < terms.count && compareTerm(index, bytes) == 0 ? index : nil
    }

    func idf(of term: Int, among documentCount: Double) -> Double {
        log(1 + documentCount / max(Double(postings.count(of: term)), 1))
    }

    /// Vocabulary entries a query term matches, with a quality: 1 exact, 0.75 prefix, 0.6 / 0.45 for one
    /// or two typing errors. Prefixes are tried for the last term (still being typed) or a term with no
    /// exact match; typing errors only for a term with no exact match, and only among terms that start
    /// with the same letter (or the first two letters swapped).
    func vocabularyMatches(for term: String, isLast: Bool = true) -> [(term: Int, quality: Double)] {
        let query = Array(term.utf8)
        var matches: [(term: Int, quality: Double)] = []
        let start = lowerBound(count: terms.count) { compareTerm($0, query) < 0 }
        var exact = false
        if start < terms.count, compareTerm(start, query) == 0 {
            matches.append((start, 1))
            exact = true
        }
        if query.count >= 3, isLast || !exact {
            var index = exact ? start + 1 : start
            while index < terms.count, matches.count < Self.maxPrefixExpansions, termHasPrefix(index, query) {
                matches.append((index, 0.75))
                index += 1
            }
        }
        if !exact, query.count >= 4 {
            let maxDistance = query.count >= 8 ? 2 : 1
            query.withUnsafeBytes { queryBytes in
                for index in 0..<terms.count {
                    let ref = terms[index]
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

    func compareTerm(_ index: Int, _ query: [UInt8]) -> Int {
        strings.withBytes(terms[index]) { term in
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

    func termHasPrefix(_ index: Int, _ query: [UInt8]) -> Bool {
        strings.withBytes(terms[index]) { term in term.count > query.count && term.starts(with: query) }
    }
}
