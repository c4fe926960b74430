/// A fiche near another by ROME's mobilités and by the cœur de métier they share, with its reasons.
public struct Passerelle: Sendable, Equatable {
    public let code: RomeCode
    public let label: String
    /// 0.6 × mobilité proximity + 0.4 × share of the target's cœur de métier already in the source's (0…1).
    public let proximity: Double
    /// 1-based place among the source's ROME mobilités; nil when ROME lists none to this fiche.
    public let mobilitePosition: Int?
    public let mobiliteCount: Int
    /// Cœur-de-métier items of both fiches.
    public let sharedCoeur: [SharedItem]
    /// The size of the target's cœur de métier.
    public let targetCoeurCount: Int

    public struct SharedItem: Sendable, Equatable {
        public let item: OgrCode
        public let label: String
    }
}

extension MatchingIndex {
    /// The fiches nearest to `code`, best first (ties by code); `excluding` leaves out fiches (the
    /// person's set-aside pistes). Candidates are the source's mobilités and every fiche sharing at
    /// least one cœur-de-métier item with it.
    public func passerelles(from code: RomeCode, limit: Int = 10, excluding: Set<RomeCode> = []) -> [Passerelle] {
        guard let source = row(of: code) else { return [] }
        let sourceCoeur = Set(coeurItems(row: source))
        let mobilites = mobiliteRange(source)
        var positions: [Int: Int] = [:]
        for position in mobilites { positions[Int(mobiliteTarget[position])] = position - mobilites.lowerBound + 1 }
        var found: [Passerelle] = []
        for target in 0..<ficheCount where target != source && !excluding.contains(codes[target]) {
            let coeur = coeurItems(row: target)
            let shared = coeur.filter(sourceCoeur.contains)
            let position = positions[target]
            guard position != nil || !shared.isEmpty else { continue }
            let reach = position.map { MatchingWeights.mobiliteProximity(position: $0, count: mobilites.count) } ?? 0
            let share = coeur.isEmpty ? 0 : Double(shared.count) / Double(coeur.count)
            found.append(
                Passerelle(
                    code: codes[target], label: labels[target],
                    proximity: MatchingWeights.passerelleMobilite * reach + (1 - MatchingWeights.passerelleMobilite) * share,
                    mobilitePosition: position, mobiliteCount: mobilites.count,
                    sharedCoeur: shared.map { Passerelle.SharedItem(item: itemOgr[Int($0)], label: itemLabel[Int($0)]) },
                    targetCoeurCount: coeur.count))
        }
        return Array(found.sorted { ($0.proximity, $1.code) > ($1.proximity, $0.code) }.prefix(limit))
    }

    /// Passerelles from the fiche of an appellation (a past or current job).
    public func passerelles(fromAppellation ogr: OgrCode, limit: Int = 10, excluding: Set<RomeCode> = []) -> [Passerelle] {
        fiche(ofAppellation: ogr).map { passerelles(from: $0, limit: limit, excluding: excluding) } ?? []
    }
}
