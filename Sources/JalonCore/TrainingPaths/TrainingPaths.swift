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
        let inForce = CertificationsInForce(input)
        let vae = VAEAssessment(target: input.target, person: input.person)
        let required = Self.required(inForce, input: input)
        var paths: [TrainingPath] = []
        for candidate in inForce.proposed {
            let matches =
                input.offers.map { OfferMatch.matches(offers: $0, certification: candidate.certification, target: input.target.fiche, person: input.person) }
                ?? []
            for route in RouteFit.routes(for: candidate.certification, person: input.person, vae: vae) {
                paths.append(Self.path(candidate, route: route, input: input, inForce: inForce, matches: matches, required: required))
            }
        }
        fiche = input.target.code
        startLevel = input.person.startLevel
        self.vae = vae
        requiredCertifications = required
        self.paths = paths.sorted(by: Self.ranksBefore)
        setAside = inForce.setAside
    }

    /// A regulated métier's required certifications: named by its accès text, or replacing one that is.
    static func required(_ inForce: CertificationsInForce, input: TrainingPathsInput) -> [CertificationCode] {
        let fiche = input.target.fiche
        guard fiche.emploiReglemente == true else { return [] }
        let named = { (candidate: CertificationCandidate) in RegulatedAccess.isRequired(candidate.certification, accesAuMetier: fiche.accesAuMetier) }
        return inForce.proposed.filter { candidate in
            named(candidate) || inForce.predecessors(of: candidate.code).contains(where: named)
        }.map(\.code)
    }

    /// One path: its steps by this route, its insertion figure, its offers and its score.
    static func path(
        _ candidate: CertificationCandidate, route: (voie: Formation.Voie, fit: Double, reason: PathReason), input: TrainingPathsInput,
        inForce: CertificationsInForce, matches: [OfferMatch], required: [CertificationCode]
    ) -> TrainingPath {
        let voie = route.voie, person = input.person, fiche = input.target.fiche
        let isRequired = required.contains(candidate.code)
        let bridges = inForce.bridges.filter { RouteFit.isOpen($0.certification, to: voie) }
        let (chain, entries, complete) =
            voie == .vae
            ? ([candidate], [LevelSteps.Entry.vae], true)
            : LevelSteps.chain(from: person.startLevel, to: candidate, bridges: bridges)
        // A successor without a cohort yet shows its predecessor's figure.
        let insertion =
            InsertionFigure.select(rates: candidate.rates, voie: voie, region: person.region)
            ?? inForce.predecessors(of: candidate.code).lazy.compactMap {
                InsertionFigure.select(rates: $0.rates, voie: voie, region: person.region, fromPredecessor: $0.code)
            }.first
        let score = PathScore(components: [
            levelComponent(
                start: person.startLevel, niveau: candidate.niveau!.rawValue, voie: voie, steps: chain.count, complete: complete,
                direct: directAdmission(entries.last)),
            PathScore.Component(kind: .routeFit, value: route.fit, reason: route.reason),
            // No figure is unknown, not neutral: left out of the score (PathScore re-normalises).
            PathScore.Component(
                kind: .insertion, value: insertion.map { Double($0.emploi12Mois) / 100 },
                reason: insertion.map(PathReason.insertionRate) ?? .noInsertionRate, borrowed: insertion.map { !$0.borrowed.isEmpty } ?? false),
            offerComponent(voie: voie, offers: input.offers, matches: matches),
            regulationComponent(regulated: fiche.emploiReglemente == true, required: required, isRequired: isRequired)
        ])
        let certification = candidate.certification
        return TrainingPath(
            fiche: fiche.code, certification: candidate.code, title: certification.title, niveau: certification.niveau, voie: voie,
            replaces: inForce.replaces[candidate.code] ?? [], viaParent: candidate.viaParent, steps: zip(chain, entries).map(TrainingPath.Step.init),
            stepsComplete: complete, insertion: insertion, offers: voie == .vae ? [] : matches, isRequiredByRegulation: isRequired, score: score)
    }

    /// The documented order of `paths`; total, so the ranking never depends on input order.
    static func ranksBefore(_ a: TrainingPath, _ b: TrainingPath) -> Bool {
        let order = Formation.Voie.allCases
        return (a.isRequiredByRegulation ? 0 : 1, -a.score.total, a.steps.count, order.firstIndex(of: a.voie)!, a.certification)
            < (b.isRequiredByRegulation ? 0 : 1, -b.score.total, b.steps.count, order.firstIndex(of: b.voie)!, b.certification)
    }

    // MARK: Components

    static func levelComponent(
        start: Int?, niveau: Int, voie: Formation.Voie, steps: Int, complete: Bool,
        direct: EntryRule.Exception? = nil
    ) -> PathScore.Component {
        let (value, reason): (Double?, PathReason)
        if voie == .vae {
            (value, reason) = (1, .vaeNoPrerequisite)
        } else if let start {
            let gap = niveau - start
            if gap < 0 {
                (value, reason) = (0.7, .belowCurrentLevel(person: start, certification: niveau))
            } else if gap == 0 {
                (value, reason) = (0.9, .sameLevel(niveau))
            } else if !complete {
                (value, reason) = (0.25, .gapUnbridged(person: start, certification: niveau))
            } else if steps == 1 {
                (value, reason) = (
                    1,
                    direct.map { .admitsWithoutDiploma(person: start, certification: niveau, $0) }
                        ?? .withinReach(person: start, certification: niveau)
                )
            } else {
                (value, reason) = (1 / Double(steps), .multiStep(person: start, certification: niveau, steps: steps))
            }
        } else {
            // Not given is unknown: left out of the score, never a neutral 0.5.
            (value, reason) = (nil, .levelUnknown)
        }
        return PathScore.Component(kind: .levelGap, value: value, reason: reason)
    }

    /// The exception a one-step path's certification admits by, if any.
    static func directAdmission(_ entry: LevelSteps.Entry?) -> EntryRule.Exception? {
        guard case .withoutDiploma(let exception)? = entry else { return nil }
        return exception
    }

    static func offerComponent(voie: Formation.Voie, offers: [TrainingOffer]?, matches: [OfferMatch]) -> PathScore.Component {
        guard voie != .vae else { return PathScore.Component(kind: .offers, value: 1, reason: .vaeNeedsNoOffer) }
        guard offers != nil else { return PathScore.Component(kind: .offers, value: 0, reason: .noFeed) }
        guard let nearest = matches.first else { return PathScore.Component(kind: .offers, value: 0, reason: .noOffer) }
        let value: Double =
            switch nearest.proximity {
            case .sameDepartement: 1
            case .sameRegion: 0.6
            case .elsewhere: 0.3
            }
        return PathScore.Component(kind: .offers, value: value, reason: .offerNear(nearest.proximity, place: nearest.place, count: matches.count))
    }

    static func regulationComponent(regulated: Bool, required: [CertificationCode], isRequired: Bool) -> PathScore.Component {
        guard regulated else { return PathScore.Component(kind: .regulation, value: 1, reason: .notRegulated) }
        guard !required.isEmpty else { return PathScore.Component(kind: .regulation, value: 0.5, reason: .requirementUnidentified) }
        return isRequired
            ? PathScore.Component(kind: .regulation, value: 1, reason: .requiredDiploma)
            : PathScore.Component(kind: .regulation, value: 0, reason: .notTheRequiredDiploma(required))
    }
}
