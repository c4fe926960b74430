/// Whether the person's experience already covers enough of the target métier to propose a VAE
/// (validation des acquis de l'expérience), and the figures behind the answer.
///
/// The law: Code du travail L6411-1 as amended by loi n° 2022-1598 of 21 December 2022 (art. 10) opens
/// VAE to anyone who justifies an activity « en rapport direct avec le contenu de la certification
/// visée », of any nature — salaried or not, volunteering, volontariat, sport de haut niveau, union or
/// elected mandate, periods of training in a workplace, caring for a relative — and of **any duration**:
/// the former one-year minimum (L335-5 of the Code de l'éducation, before 2022) is gone. Since 2024,
/// France VAE (the public service of the same law) guides each candidate.
///
/// Rule: VAE is ready when the person has a related experience (any nature, any duration) and
/// covers at least ``minimumCoverage`` of the fiche's cœur de métier with confirmed skills. The
/// coverage threshold is Jalon's signal of readiness, not a legal condition: a jury validates what the
/// portfolio shows, and the cœur de métier is what it looks for. Matching's access fit and the training
/// engine both call ``isReady(coverage:hasRelatedExperience:)``.
public struct VAEAssessment: Sendable, Equatable {
    public static let minimumCoverage = 0.6
    /// A skill covers an item from this maîtrise on: "notions" is not yet mastered (a skill confirmed
    /// without a rating counts as pratique, ``MatchingWeights/unratedMaitrise``).
    public static let confirmedMaitrise = Maitrise.pratique

    /// Cœur-de-métier compétences of the fiche the person confirmed.
    public let covered: [OgrCode]
    /// Cœur-de-métier compétences of the fiche (savoir-faire and savoir-être).
    public let coeurDeMetier: Int
    /// Related experiences and their years.
    public let relatedExperiences: [ExperienceID]
    public let relatedYears: Double

    /// covered / cœur de métier; 0 when the fiche marks no compétence as cœur de métier.
    public var coverage: Double { Self.coverage(covered: covered.count, of: coeurDeMetier) }

    public var isEligible: Bool { Self.isReady(coverage: coverage, hasRelatedExperience: !relatedExperiences.isEmpty) }

    /// The one VAE rule of Jalon (see the type's documentation).
    public static func isReady(coverage: Double, hasRelatedExperience: Bool) -> Bool {
        hasRelatedExperience && coverage >= minimumCoverage
    }

    public static func coverage(covered: Int, of coeurDeMetier: Int) -> Double {
        coeurDeMetier == 0 ? 0 : Double(covered) / Double(coeurDeMetier)
    }

    /// The items a VAE jury looks for in practice: cœur-de-métier savoir-faire and savoir-être (savoirs
    /// are learnt in training; a portfolio lists what the person does).
    public static func isCoeurDeMetierForVAE(rubrique: FicheItem.Rubrique, isCoeurDeMetier: Bool) -> Bool {
        isCoeurDeMetier && (rubrique == .savoirFaire || rubrique == .savoirEtre)
    }

    public init(target: TargetFiche, person: PathPerson) {
        let confirmed = Set(person.confirmedSkills.map(\.item))
        covered = target.coeurDeMetier.map(\.ogr).filter(confirmed.contains).sorted()
        coeurDeMetier = target.coeurDeMetier.count
        // Related: any experience (every nature counts since 2022) in the fiche's family, or one the
        // person drew a skill of this fiche from.
        let showingSkills = Set(person.confirmedSkills.filter { target.items.contains($0.item) }.compactMap(\.experience))
        let related = person.experiences.filter { experience in
            experience.fiche.map(target.family.contains) == true || showingSkills.contains(experience.id)
        }
        relatedExperiences = related.map(\.id)
        relatedYears = related.reduce(0) { $0 + $1.years }
    }
}
