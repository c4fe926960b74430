/// The ranked paths from a person to a target métier (DocC: JalonCore.docc/TrainingPaths.md): which certifications,
/// by which routes, in how many steps, with which insertion rate and offers, and why in that order.
public struct TrainingPaths: Sendable, Equatable {
    /// A certification of the fiche that is not proposed, and why.
    public struct SetAside: Sendable, Equatable {
        public enum Reason: Sendable, Equatable {
            /// Inactive, and no active successor through `replacedBy`.
            case inactiveWithoutSuccessor
            /// Replaced: its active successors are proposed instead.
            case replacedBy([CertificationCode])
            /// A Répertoire spécifique entry: a complementary skill, not a qualification leading to a métier.
            case repertoireSpecifique
            /// No source gives its level.
            case levelUnknown
        }

        public let certification: CertificationCode
        public let reason: Reason
    }

    public let fiche: RomeCode
    /// The person's starting level (2 without a diploma); nil when not given.
    public let startLevel: Int?
    public let vae: VAEAssessment
    /// Certifications the accès text of a regulated métier requires; empty otherwise.
    public let requiredCertifications: [CertificationCode]
    /// Ranked: required diploma of a regulated métier first, then score, then fewer steps, then the
    /// voie's order (initiale, apprentissage, formation continue, VAE), then certification code.
    public let paths: [TrainingPath]
    /// By certification code.
    public let setAside: [SetAside]

    public init(_ input: TrainingPathsInput) {
        let resolver = SuccessorResolver(input: input)
        var current: [CertificationCode: CertificationCandidate] = [:]
        var replaces: [CertificationCode: [CertificationCode]] = [:]
        var setAside: [SetAside] = []
        for candidate in input.candidates.sorted(by: { $0.code < $1.code }) {
            if candidate.code.register == .rs {
                setAside.append(SetAside(certification: candidate.code, reason: .repertoireSpecifique))
                continue
            }
            let resolved = resolver.resolve(candidate)
            if resolved.isEmpty {
                setAside.append(SetAside(certification: candidate.code, reason: .inactiveWithoutSuccessor))
            } else if resolved != [candidate] {
                setAside.append(SetAside(certification: candidate.code, reason: .replacedBy(resolved.map(\.code))))
            }
            for successor in resolved {
                if successor.code != candidate.code { replaces[successor.code, default: []].append(candidate.code) }
                current[successor.code] = current[successor.code] ?? successor
            }
        }
        for (code, candidate) in current where candidate.niveau == nil {
            setAside.append(SetAside(certification: code, reason: .levelUnknown))
            current[code] = nil
        }
        let proposed = current.values.sorted { $0.code < $1.code }

        // Bridges: the fiche's own certifications, then the domaine's; within each, the most delivered
        // (InserJeunes leavers) first, then by code. Only certifications in force.
        let domaine = input.domaineCandidates.filter { $0.code.register == .rncp && $0.niveau != nil && resolver.resolve($0) == [$0] && current[$0.code] == nil }
        let preferred = { (a: CertificationCandidate, b: CertificationCandidate) in (-a.newestLeavers, a.code) < (-b.newestLeavers, b.code) }
        var seen = Set<CertificationCode>()
        let bridges = (proposed.sorted(by: preferred) + domaine.sorted(by: preferred)).filter { seen.insert($0.code).inserted }

        let vae = VAEAssessment(target: input.target, person: input.person)
        let fiche = input.target.fiche
        let predecessorsRequired = { (code: CertificationCode) in
            (replaces[code] ?? []).contains { old in input.candidates.first { $0.code == old }.map { RegulatedAccess.isRequired($0.certification, accesAuMetier: fiche.accesAuMetier) } == true }
        }
        let required = fiche.emploiReglemente == true
            ? proposed.filter { RegulatedAccess.isRequired($0.certification, accesAuMetier: fiche.accesAuMetier) || predecessorsRequired($0.code) }.map(\.code)
            : []

        var paths: [TrainingPath] = []
        for candidate in proposed {
            let certification = candidate.certification
            let predecessors = (replaces[candidate.code] ?? []).sorted().compactMap { code in input.candidates.first { $0.code == code } }
            let matches = input.offers.map { OfferMatch.matches(offers: $0, certification: certification, target: fiche, person: input.person) } ?? []
            for (voie, fit, routeReason) in RouteFit.routes(for: certification, person: input.person, vae: vae) {
                let open = bridges.filter { RouteFit.isOpen($0.certification, to: voie) }
                let (chain, complete) = voie == .vae ? ([candidate], true) : LevelSteps.chain(from: input.person.startLevel, to: candidate, bridges: open)
                let insertion = InsertionFigure.select(rates: candidate.rates, voie: voie, region: input.person.region)
                    ?? predecessors.lazy.compactMap { InsertionFigure.select(rates: $0.rates, voie: voie, region: input.person.region, fromPredecessor: $0.code) }.first
                let isRequired = required.contains(candidate.code)
                let score = PathScore(components: [
                    Self.levelComponent(start: input.person.startLevel, niveau: candidate.niveau!.rawValue, voie: voie, steps: chain.count, complete: complete),
                    PathScore.Component(kind: .routeFit, value: fit, reason: routeReason),
                    PathScore.Component(kind: .insertion, value: insertion.map { Double($0.emploi12Mois) / 100 } ?? 0.5,
                                        reason: insertion.map(PathReason.insertionRate) ?? .noInsertionRate),
                    Self.offerComponent(voie: voie, offers: input.offers, matches: matches),
                    Self.regulationComponent(regulated: fiche.emploiReglemente == true, required: required, isRequired: isRequired),
                ])
                paths.append(TrainingPath(
                    fiche: fiche.code, certification: candidate.code, title: certification.title, niveau: certification.niveau, voie: voie,
                    replaces: (replaces[candidate.code] ?? []).sorted(), viaParent: candidate.viaParent, steps: chain.map(TrainingPath.Step.init),
                    stepsComplete: complete, insertion: insertion, offers: voie == .vae ? [] : matches, isRequiredByRegulation: isRequired, score: score))
            }
        }
        self.fiche = fiche.code
        startLevel = input.person.startLevel
        self.vae = vae
        requiredCertifications = required
        self.paths = paths.sorted(by: Self.ranksBefore)
        self.setAside = setAside.sorted { $0.certification < $1.certification }
    }

    /// The documented order of `paths`; total, so the ranking never depends on input order.
    static func ranksBefore(_ a: TrainingPath, _ b: TrainingPath) -> Bool {
        let order = Formation.Voie.allCases
        return (a.isRequiredByRegulation ? 0 : 1, -a.score.total, a.steps.count, order.firstIndex(of: a.voie)!, a.certification)
            < (b.isRequiredByRegulation ? 0 : 1, -b.score.total, b.steps.count, order.firstIndex(of: b.voie)!, b.certification)
    }

    // MARK: Components

    static func levelComponent(start: Int?, niveau: Int, voie: Formation.Voie, steps: Int, complete: Bool) -> PathScore.Component {
        let (value, reason): (Double, PathReason)
        if voie == .vae {
            (value, reason) = (1, .vaeNoPrerequisite)
        } else if let start {
            let gap = niveau - start
            switch gap {
            case ..<0: (value, reason) = (0.7, .belowCurrentLevel(person: start, certification: niveau))
            case 0: (value, reason) = (0.9, .sameLevel(niveau))
            case 1...LevelSteps.maximumStep: (value, reason) = (1, .withinReach(person: start, certification: niveau))
            default:
                (value, reason) = complete ? (1 / Double(steps), .multiStep(person: start, certification: niveau, steps: steps))
                                           : (0.25, .gapUnbridged(person: start, certification: niveau))
            }
        } else {
            (value, reason) = (0.5, .levelUnknown)
        }
        return PathScore.Component(kind: .levelGap, value: value, reason: reason)
    }

    static func offerComponent(voie: Formation.Voie, offers: [TrainingOffer]?, matches: [OfferMatch]) -> PathScore.Component {
        guard voie != .vae else { return PathScore.Component(kind: .offers, value: 1, reason: .vaeNeedsNoOffer) }
        guard offers != nil else { return PathScore.Component(kind: .offers, value: 0, reason: .noFeed) }
        guard let nearest = matches.first else { return PathScore.Component(kind: .offers, value: 0, reason: .noOffer) }
        let value: Double = switch nearest.proximity {
        case .sameDepartement: 1
        case .sameRegion: 0.6
        case .elsewhere: 0.3
        }
        return PathScore.Component(kind: .offers, value: value, reason: .offerNear(nearest.proximity, place: nearest.place, count: matches.count))
    }

    static func regulationComponent(regulated: Bool, required: [CertificationCode], isRequired: Bool) -> PathScore.Component {
        guard regulated else { return PathScore.Component(kind: .regulation, value: 1, reason: .notRegulated) }
        guard !required.isEmpty else { return PathScore.Component(kind: .regulation, value: 0.5, reason: .requirementUnidentified) }
        return isRequired ? PathScore.Component(kind: .regulation, value: 1, reason: .requiredDiploma)
                          : PathScore.Component(kind: .regulation, value: 0, reason: .notTheRequiredDiploma(required))
    }
}

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
