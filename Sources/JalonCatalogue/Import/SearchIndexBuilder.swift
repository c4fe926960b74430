/// A document to index: an entity of one kind, the texts that describe it, and extra terms (codes,
/// acronyms) that find it without counting towards its length.
struct SearchEntry {
    /// A `SearchKindCode` or an `ExperienceDocKind`, depending on the index.
    let kind: Int
    let entity: Int
    let texts: [String]
    let extraTerms: [String]
    /// Percent; 100 is neutral. Generic fiches (parents of a ROME family) and their appellations get more.
    var prior: UInt32 = 100

    init(kind: SearchKindCode, entity: Int, texts: [String], extraTerms: [String], prior: UInt32 = 100) {
        self.init(code: kind.rawValue, entity: entity, texts: texts, extraTerms: extraTerms, prior: prior)
    }

    init(code: Int, entity: Int, texts: [String], extraTerms: [String], prior: UInt32 = 100) {
        kind = code
        self.entity = entity
        self.texts = texts
        self.extraTerms = extraTerms
        self.prior = prior
    }
}

extension CatalogueBuild {
    /// Writes the catalogue search's inverted index.
    func writeSearchIndex() {
        let (documents, terms) = writeIndex(searchEntries, prefix: SectionName.searchIndex)
        report.count("search.documents", documents)
        report.count("search.terms", terms)
    }

    /// Writes an inverted index (see `TermIndex`): documents, the sorted vocabulary of terms, and each
    /// term's postings. Returns the counts of documents and terms.
    func writeIndex(_ entries: [SearchEntry], prefix: String) -> (documents: Int, terms: Int) {
        var docs = TableBuilder<SearchDocColumn>()
        var postings: [String: [UInt32]] = [:]
        for (docID, entry) in entries.enumerated() {
            // Parenthesised abbreviations ("(IDE)") find the document without making its label longer.
            var terms: [String] = [], extras = entry.extraTerms
            for text in entry.texts {
                let (plain, parenthesised) = Self.splitParentheses(text)
                for term in SearchText.terms(plain) where !terms.contains(term) { terms.append(term) }
                extras += SearchText.terms(parenthesised)
            }
            docs.append([.kind: UInt32(entry.kind), .entity: UInt32(entry.entity), .termCount: UInt32(terms.count), .prior: entry.prior])
            var all = terms
            for term in extras where !all.contains(term) { all.append(term) }
            for term in all { postings[term, default: []].append(UInt32(docID)) }
        }
        let vocabulary = postings.keys.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
        var relation = RelationBuilder(arity: PostingTuple.arity)
        for term in vocabulary { relation.appendOwner(postings[term]!) }
        docs.write(prefix + ".docs", to: &writer)
        writer.addSection(prefix + ".terms", words: vocabulary.map { pool.intern($0) })
        relation.write(prefix + ".postings", to: &writer)
        return (docs.count, vocabulary.count)
    }
}

extension CatalogueBuild {
    /// The text outside parentheses, and the text inside them.
    static func splitParentheses(_ text: String) -> (plain: String, parenthesised: String) {
        var plain = "", inside = "", depth = 0
        for character in text {
            switch character {
            case "(": depth += 1; inside.append(" ")
            case ")": depth = max(0, depth - 1); plain.append(" ")
            default: if depth > 0 { inside.append(character) } else { plain.append(character) }
            }
        }
        return (plain, inside)
    }
}
