/// One fiche's match explained down to what produced it: the centres d'intérêt and answers, the items
/// the person has and lacks, what decides access, the experience that brings a mobilité bonus.
public struct MetierMatch: Sendable, Equatable {
    public let code: RomeCode
    public let label: String
    /// Place in the ranking, 1 for the best (set-aside fiches come after all others).
    public let rank: Int
    /// The ranks that share this fiche's shown total (a tie, ordered by skill fit, interest fit, then
    /// code); nil when no other fiche has the same shown total.
    public let tiedRanks: ClosedRange<Int>?
    public let score: MatchScore
    /// The fiche's centres d'intérêt with the person's ratings, principal first, then by code.
    public let centres: [CentreContribution]
    public let riasec: RiasecContribution?
    /// Items the person covers (fully or in part), heaviest contribution first.
    public let matchedItems: [ItemMatch]
    /// Items with no credit at all, heaviest first.
    public let missingItems: [ItemMatch]
    /// Σ weight × credit over the fiche's items.
    public let matchedWeight: Double
    /// Σ weight over the fiche's items (contextes excluded).
    public let totalWeight: Double
    public let access: AccessExplanation
    /// The experience that brings the mobilité bonus; nil without bonus.
    public let mobilite: MobiliteSource?
    public let isRetenue: Bool
    /// The job prospects behind the ``MatchScore/Part/debouches`` part, when the person asked for métiers
    /// qui recrutent and the fiche's family has a figure.
    public let prospects: MetierTension?
}

/// A centre d'intérêt linked to the fiche and what the person said of it.
public struct CentreContribution: Sendable, Equatable {
    public let centre: CentreInteretCode
    public let label: String
    public let rating: Rating?
    public let isPrincipal: Bool
    /// 2 for a principal link, 1 otherwise.
    public let weight: Double
}

/// The RIASEC side of the interest fit: both codes, the three indices, and the person's answers for
/// the types the codes share.
public struct RiasecContribution: Sendable, Equatable {
    public let person: HollandCode
    public let fiche: HollandCode
    public let congruences: [Congruence]
    /// The person's strongest answers of each shared type, in the fiche code's order.
    public let answers: [RiasecType: [ItemContribution]]
    public var sharedTypes: [RiasecType] { fiche.letters.filter(person.letters.contains) }
}

/// A fiche item and the credit the person gets for it.
public struct ItemMatch: Sendable, Equatable {
    public enum Source: Sendable, Equatable {
        /// The person has this very item.
        case own(Maitrise)
        /// The person has a related compétence (`via`): a detailed compétence of this macro-compétence,
        /// or the macro-compétence of this detailed one.
        case family(via: OgrCode, Maitrise)
    }

    public let item: OgrCode
    public let label: String
    public let rubrique: FicheItem.Rubrique
    public let isCoeurDeMetier: Bool
    public let weight: Double
    /// 0…1: the maîtrise's credit, or half of it through a related compétence.
    public let credit: Double
    /// Nil for a missing item.
    public let source: Source?
}

/// Why access is what it is.
public struct AccessExplanation: Sendable, Equatable {
    public enum Reason: Sendable, Equatable {
        /// The person has worked in this regulated métier: they hold its certification, access is full.
        case regulatedExperience
        /// The person has worked in the métier and covers `coverage` of its cœur de métier: VAE is ready
        /// (``VAEAssessment/isReady(coverage:hasRelatedExperience:)``), access is full.
        case vaeReady(coverage: Double)
        /// The person has worked in the métier but covers only `coverage` of its cœur de métier: not yet
        /// a VAE; access is assessed by level.
        case experienceBelowVAE(coverage: Double)
        case levelNotStated
        case noCertificationKnown
        case levelReached(lowest: Niveau)
        case levelsMissing(Int, lowest: Niveau)
        /// The fiche has a certification of level `niveau`, `levelGap` levels above the person's, that
        /// admits without a diploma (``EntryRule``): one step, whatever the gap — the training paths'
        /// rule (``LevelSteps/steps(from:to:admitsWithoutDiploma:)``).
        case oneStepWithoutDiploma(EntryRule.Exception, niveau: Niveau, levelGap: Int)
        /// Regulated métier and nothing shows the person holds its certification.
        case regulatedWithoutCertification
    }

    public let personLevel: DiplomeLePlusEleve?
    public let certificationLevels: [Niveau]
    public let isRegulated: Bool
    public let reasons: [Reason]
}

/// The experience whose fiche is this one (`position` nil) or leads to it by a ROME mobilité.
public struct MobiliteSource: Sendable, Equatable {
    public let appellation: OgrCode
    public let from: RomeCode
    /// The label of `from`, for the sentence.
    public let fromLabel: String
    /// 1-based place of this fiche among the mobilités of `from`; nil when it is `from` itself.
    public let position: Int?
    public let count: Int
}
