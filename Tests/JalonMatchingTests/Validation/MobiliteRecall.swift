import JalonCatalogue
import JalonCore

/// Does the skills model agree with France Travail's experts? For every fiche A with mobilités, a person
/// whose only experience is A — A's cœur de métier confirmed (unrated, so `pratique`), the level of A's
/// lowest certification as diploma, no interests — is ranked over every fiche, and we count how many of
/// ROME's own mobilités of A land in the top 20 (A itself left out). The person carries no experience
/// appellation, so the mobilité bonus — which reads those very mobilités — plays no part: the figure
/// comes from the skill and access fits alone.
///
/// recall@20 = mean over fiches A of |top20(A) ∩ mobilités(A)| / min(20, |mobilités(A)|).
enum MobiliteRecall {
    struct Result: Sendable {
        let fiches: Int
        let recall: Double
    }

    static func person(for fiche: RomeCode, catalogue: Catalogue, index: MatchingIndex) -> MatchingPerson {
        let skills = catalogue.coeurDeMetier(of: fiche).map { MatchingPerson.Skill(item: $0.ogr, maitrise: MatchingWeights.unratedMaitrise) }
        let lowest = index.row(of: fiche).flatMap { index.certificationLevels[$0].first }
        return MatchingPerson(skills: skills, diplome: lowest.map { .niveau($0) })
    }

    static func measure(catalogue: Catalogue, index: MatchingIndex, depth: Int = 20) -> Result {
        var sum = 0.0, counted = 0
        for fiche in index.codes {
            let mobilites = Set(index.mobilites(of: fiche))
            guard !mobilites.isEmpty else { continue }
            let ranking = MatchingRanking(index: index, person: person(for: fiche, catalogue: catalogue, index: index))
            let top = ranking.ranked(limit: depth + 1).filter { $0 != fiche }.prefix(depth)
            sum += Double(top.filter(mobilites.contains).count) / Double(min(depth, mobilites.count))
            counted += 1
        }
        return Result(fiches: counted, recall: counted == 0 ? 0 : sum / Double(counted))
    }
}
