import Foundation
import JalonCatalogue

/// The evaluation set of free-text experiences (`experience-phrases.tsv` beside this file): each phrase
/// with the fiches a counsellor would accept. A ranking is scored by the share of phrases whose first
/// proposed fiche is accepted (top-1) and whose first five proposals hold an accepted one (top-5).
struct ExperiencePhrase: Sendable {
    let text: String
    let accepted: Set<String>
    let register: String
}

enum ExperienceEvaluation {
    static let phrases: [ExperiencePhrase] = {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("experience-phrases.tsv")
        let text = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
        return text.split(separator: "\n").compactMap { line in
            guard !line.hasPrefix("#") else { return nil }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count == 3 else { return nil }
            return ExperiencePhrase(
                text: String(fields[0]), accepted: Set(fields[1].split(separator: ",").map(String.init)),
                register: String(fields[2]))
        }
    }()

    struct Figures {
        let top1: Double
        let top5: Double
        /// Phrases whose five proposals hold no accepted fiche, with what was proposed.
        let misses: [(phrase: String, proposed: [String])]
    }

    /// Scores `rank` (a phrase → proposed fiche codes, best first) on the set.
    static func evaluate(_ rank: (String) -> [String]) -> Figures {
        var top1 = 0, top5 = 0
        var misses: [(String, [String])] = []
        for phrase in phrases {
            let proposed = rank(phrase.text)
            if let first = proposed.first, phrase.accepted.contains(first) { top1 += 1 }
            if proposed.prefix(5).contains(where: phrase.accepted.contains) { top5 += 1 } else { misses.append((phrase.text, Array(proposed.prefix(5)))) }
        }
        let count = Double(phrases.count)
        return Figures(top1: Double(top1) / count, top5: Double(top5) / count, misses: misses)
    }

    /// What `skills add-experience "words"` proposed before the experience search: the catalogue
    /// search's métier results, appellations only, the first five in order.
    static func catalogueSearchRanking(_ catalogue: Catalogue) -> (String) -> [String] {
        { text in catalogue.search(text, kind: .metier, limit: 12).filter { $0.kind == .appellation }.compactMap { $0.fiche?.rawValue } }
    }

    static func experienceRanking(_ catalogue: Catalogue) -> (String) -> [String] {
        { text in ((try? catalogue.experienceCandidates(text))?.candidates ?? []).map(\.appellation.fiche.rawValue) }
    }
}
