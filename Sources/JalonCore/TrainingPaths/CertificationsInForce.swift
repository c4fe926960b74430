/// Sorts the fiche's certifications into those proposed (in force, with a level), those they replace,
/// and those set aside with their reason; and lists the certifications intermediate steps may use.
struct CertificationsInForce {
    /// In force and with a level, by code.
    let proposed: [CertificationCandidate]
    /// For each proposed certification, the ones it replaces, by code.
    let replaces: [CertificationCode: [CertificationCode]]
    /// By certification code.
    let setAside: [TrainingPaths.SetAside]
    /// Intermediate steps, in preference order: the fiche's own certifications, then the domaine's;
    /// within each, the most delivered (InserJeunes leavers) first, then by code.
    let bridges: [CertificationCandidate]
    private let candidates: [CertificationCode: CertificationCandidate]

    init(_ input: TrainingPathsInput) {
        let resolver = SuccessorResolver(input: input)
        var current: [CertificationCode: CertificationCandidate] = [:]
        var replaces: [CertificationCode: [CertificationCode]] = [:]
        var setAside: [TrainingPaths.SetAside] = []
        for candidate in input.candidates.sorted(by: { $0.code < $1.code }) {
            if candidate.code.register == .rs {
                setAside.append(.init(certification: candidate.code, reason: .repertoireSpecifique))
                continue
            }
            let resolved = resolver.resolve(candidate)
            if resolved.isEmpty {
                setAside.append(.init(certification: candidate.code, reason: .inactiveWithoutSuccessor))
            } else if resolved != [candidate] {
                setAside.append(.init(certification: candidate.code, reason: .replacedBy(resolved.map(\.code))))
            }
            for successor in resolved {
                if successor.code != candidate.code { replaces[successor.code, default: []].append(candidate.code) }
                current[successor.code] = current[successor.code] ?? successor
            }
        }
        for (code, candidate) in current where candidate.niveau == nil {
            setAside.append(.init(certification: code, reason: .levelUnknown))
            current[code] = nil
        }
        proposed = current.values.sorted { $0.code < $1.code }
        self.replaces = replaces.mapValues { $0.sorted() }
        self.setAside = setAside.sorted { $0.certification < $1.certification }
        candidates = Dictionary(input.candidates.map { ($0.code, $0) }, uniquingKeysWith: { first, _ in first })

        let domaine = input.domaineCandidates.filter {
            $0.code.register == .rncp && $0.niveau != nil && resolver.resolve($0) == [$0] && current[$0.code] == nil
        }
        let preferred = { (a: CertificationCandidate, b: CertificationCandidate) in (-a.newestLeavers, a.code) < (-b.newestLeavers, b.code) }
        var seen = Set<CertificationCode>()
        bridges = (proposed.sorted(by: preferred) + domaine.sorted(by: preferred)).filter { seen.insert($0.code).inserted }
    }

    /// The fiche's certifications `code` replaces, by code.
    func predecessors(of code: CertificationCode) -> [CertificationCandidate] {
        (replaces[code] ?? []).compactMap { candidates[$0] }
    }
}
