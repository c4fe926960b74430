import Foundation
import JalonCore

/// One appellation proposed for an experience told in a person's own words.
public struct ExperienceCandidate: Sendable, Equatable {
    public let appellation: Appellation
    public let ficheLabel: String
    /// Higher is better; comparable within one search only.
    public let score: Double
    /// True when the fiche was found through its titles (appellations, ONISEP names), false when only
    /// through what ROME says of its contexts, savoirs and compétences.
    public let matchedTitle: Bool
}

/// The candidates for one experience, best first, one per fiche.
public struct ExperienceMatches: Sendable, Equatable {
    public let candidates: [ExperienceCandidate]

    /// A candidate leads clearly when it is alone or ahead of the next by ``clearLead``: only then may a
    /// door pick it without asking; otherwise the person chooses among the candidates.
    public var leader: ExperienceCandidate? {
        guard let first = candidates.first else { return nil }
        guard candidates.count > 1 else { return first }
        return first.score - candidates[1].score >= Self.clearLead ? first : nil
    }

    /// The edits' rule (``AddExperienceEdit/clearLead``): the API's `leader` and the CLI's choice agree.
    public static let clearLead = AddExperienceEdit.clearLead
}

/// Free-text experience search: « bénévole en EHPAD », « serveuse l'été dans un camping » → appellations.
///
/// The text is folded like every search (accents, case, gender and number), rewritten with the table of
/// everyday words (``EverydayWords``), and its words are looked up with the catalogue search's tolerance
/// (prefixes, one or two typing errors) in the experience index. Each fiche scores by its best title
/// (fiche, appellation or ONISEP name: the share of the query's weight it matches, times how much of the
/// title the query covers) plus a smaller part for the words found in its contexts, savoirs and
/// compétences. Each fiche is proposed under its best-matching appellation.
extension Catalogue {
    public func experienceCandidates(_ text: String, limit: Int = 5) throws(ExperienceTextError) -> ExperienceMatches {
        let queryTerms = try Self.experienceTerms(text)
        guard !queryTerms.isEmpty, limit > 0 else { return ExperienceMatches(candidates: []) }
        let index = experienceIndex
        let (scores, queryWeight) = index.scores(queryTerms, lastIsPrefix: false)
        guard queryWeight > 0 else { return ExperienceMatches(candidates: []) }

        // The scores come from a dictionary, whose order changes from process to process: a fiche's best
        // title score and its best appellation are kept apart, ties going to the lower row, so the same
        // words always propose the same appellation.
        var titles: [Int: Double] = [:]
        var bestAppellation: [Int: (score: Double, row: Int)] = [:]
        var contexts: [Int: Double] = [:]
        for (doc, value) in scores {
            let row = Int(doc)
            let entity = Int(index.docs[row, .entity])
            let share = value.sum / queryWeight
            switch ExperienceDocKind(rawValue: Int(index.docs[row, .kind])) {
            case .context:
                contexts[entity] = share
            case let kind?:
                let fiche = kind == .appellation ? Int(appellations[entity, .fiche]) : entity
                guard fiche < fiches.count else { continue }
                let length = max(Int(index.docs[row, .termCount]), value.matched)
                let coverage = (Double(value.matched) / Double(length)).squareRoot()
                let prior = (Double(index.docs[row, .prior]) / 100).squareRoot()
                let score = share * coverage * prior * (kind == .onisep ? Self.onisepWeight : 1)
                titles[fiche] = max(score, titles[fiche] ?? 0)
                if kind == .appellation, bestAppellation[fiche].map({ score > $0.score || (score == $0.score && entity < $0.row) }) ?? true {
                    bestAppellation[fiche] = (score, entity)
                }
            case nil: continue
            }
        }
        var ranked: [(fiche: Int, score: Double, title: Bool)] = []
        for fiche in Set(titles.keys).union(contexts.keys) {
            let title = titles[fiche] ?? 0
            ranked.append((fiche, title + Self.contextWeight * (contexts[fiche] ?? 0), title > 0))
        }
        ranked.sort { ($0.score, $1.fiche) > ($1.score, $0.fiche) }
        let candidates = ranked.prefix(limit).compactMap { entry -> ExperienceCandidate? in
            let row = bestAppellation[entry.fiche]?.row ?? principalAppellationRow(ofFicheRow: entry.fiche)
            guard let row, let appellation = appellation(row: row) else { return nil }
            return ExperienceCandidate(
                appellation: appellation, ficheLabel: strings[fiches[entry.fiche, .label]], score: entry.score,
                matchedTitle: entry.title)
        }
        return ExperienceMatches(candidates: candidates)
    }

    /// ONISEP names are titles too, but written for pupils, sometimes broader than the fiche.
    static let onisepWeight = 0.9
    /// What ROME says of a fiche's contexts and skills counts, but less than its titles: it decides
    /// between titles and finds fiches whose titles the person did not use.
    static let contextWeight = 0.45

    /// The search terms of an experience, or why the text cannot be one.
    static func experienceTerms(_ text: String) throws(ExperienceTextError) -> [(stem: String, word: String)] {
        // The limit is on the text as given, in code points (as the API's `maxLength` counts them): a
        // few words padded with thousands of tabs are no more one experience than a pasted CV.
        let length = text.unicodeScalars.count
        guard length <= ExperienceTextError.maximumLength else { throw .tooLong(count: length) }
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { throw .empty }
        let words = SearchText.words(trimmed)
        guard !words.isEmpty else { throw .noWords }
        guard words.contains(where: { $0.count >= 2 }) else { throw .tooShort(trimmed) }
        var terms: [(stem: String, word: String)] = []
        for word in EverydayWords.rewrite(words) where !SearchText.stopWords.contains(word) {
            let stem = SearchText.stem(word)
            if !terms.contains(where: { $0.stem == stem }) { terms.append((stem, word)) }
        }
        return terms
    }

    /// The appellation that names the fiche itself, else its first appellation.
    func principalAppellationRow(ofFicheRow fiche: Int) -> Int? {
        var first: Int?
        for row in 0..<appellations.count where appellations[row, .fiche] == UInt32(fiche) {
            if appellations[row, .principale] == 1 { return row }
            if first == nil { first = row }
        }
        return first
    }
}
