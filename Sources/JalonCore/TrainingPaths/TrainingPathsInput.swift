/// Everything the paths engine works from, looked up by the services layer: the target, the person,
/// the certifications of the target (and of its domaine, for intermediate steps), the successors of
/// replaced certifications, and the training offers read from LHÉO feeds.
public struct TrainingPathsInput: Sendable, Equatable {
    public let target: TargetFiche
    public let person: PathPerson
    /// Certifications linked to the target fiche (directly or through its parent), active or not.
    public let candidates: [CertificationCandidate]
    /// Certifications of the other fiches of the target's domaine: where intermediate steps may come from.
    public let domaineCandidates: [CertificationCandidate]
    /// Successors named by `replacedBy` that are not among the candidates, by code.
    public let successors: [CertificationCode: CertificationCandidate]
    /// Offers from the LHÉO feeds the person or counsellor imported; nil when none was given, which is
    /// not the same as feeds without any matching offer.
    public let offers: [TrainingOffer]?

    public init(
        target: TargetFiche, person: PathPerson, candidates: [CertificationCandidate], domaineCandidates: [CertificationCandidate] = [],
        successors: [CertificationCode: CertificationCandidate] = [:], offers: [TrainingOffer]? = nil
    ) {
        self.target = target
        self.person = person
        self.candidates = candidates
        self.domaineCandidates = domaineCandidates
        self.successors = successors
        self.offers = offers
    }

    /// Every certification the paths may name: the fiche's, its domaine's and the successors.
    public var certificationCodes: Set<CertificationCode> {
        Set(candidates.map(\.code) + domaineCandidates.map(\.code) + successors.keys)
    }

    /// The same input with the offers read from feeds (the caller reads them once it knows which
    /// certifications and ROME codes to keep).
    public func with(offers: [TrainingOffer]?) -> TrainingPathsInput {
        TrainingPathsInput(
            target: target, person: person, candidates: candidates, domaineCandidates: domaineCandidates,
            successors: successors, offers: offers)
    }
}
