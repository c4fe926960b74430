/// Follows `replacedBy` to the certifications in force: a certification is current when it is active
/// and none of its successors resolves to a current one (RNCP4495 is still "active" but replaced by
/// RNCP35830). Cycles and chains longer than `maximumDepth` stop the walk.
struct SuccessorResolver {
    static let maximumDepth = 5
    let input: TrainingPathsInput

    func lookup(_ code: CertificationCode) -> CertificationCandidate? {
        input.candidates.first { $0.code == code } ?? input.successors[code] ?? input.domaineCandidates.first { $0.code == code }
    }

    func resolve(_ candidate: CertificationCandidate, depth: Int = 0, visited: Set<CertificationCode> = []) -> [CertificationCandidate] {
        guard depth <= Self.maximumDepth, !visited.contains(candidate.code) else { return [] }
        let visited = visited.union([candidate.code])
        var successors: [CertificationCandidate] = []
        for code in candidate.certification.replacedBy.sorted() {
            guard let next = lookup(code) else { continue }
            for resolved in resolve(next, depth: depth + 1, visited: visited) where !successors.contains(where: { $0.code == resolved.code }) {
                successors.append(resolved)
            }
        }
        if !successors.isEmpty { return successors }
        return candidate.certification.isActive == true ? [candidate] : []
    }
}
