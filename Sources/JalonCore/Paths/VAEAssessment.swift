/// Whether the person's experience already covers enough of the target métier to propose a VAE
/// (validation des acquis de l'expérience), and the figures behind the answer.
///
/// Rule: at least `minimumCoverage` of the fiche's cœur-de-métier compétences are among the person's
/// confirmed skills, and at least `minimumYears` of related experience. The law (Code de l'éducation,
/// L335-5; Code du travail, L6411-1) asks for one year of activity related to the certification; the
/// coverage threshold is Jalon's, so VAE is proposed only where the jury would recognise the work.
public struct VAEAssessment: Sendable, Equatable {
    public static let minimumCoverage = 0.6
    public static let minimumYears = 1.0

    /// Cœur-de-métier compétences of the fiche the person confirmed.
    public let covered: [OgrCode]
    /// Cœur-de-métier compétences of the fiche (savoir-faire and savoir-être).
    public let coeurDeMetier: Int
    /// Related experiences and their years.
    public let relatedExperiences: [ExperienceID]
    public let relatedYears: Double

    /// covered / cœur de métier; 0 when the fiche marks no compétence as cœur de métier.
    public var coverage: Double { coeurDeMetier == 0 ? 0 : Double(covered.count) / Double(coeurDeMetier) }

    public var isEligible: Bool { coverage >= Self.minimumCoverage && relatedYears >= Self.minimumYears }

    public init(target: TargetFiche, person: PathPerson) {
        let confirmed = Set(person.confirmedSkills.map(\.item))
        covered = target.coeurDeMetier.map(\.ogr).filter(confirmed.contains).sorted()
        coeurDeMetier = target.coeurDeMetier.count
        // Related: an activity VAE counts (not a hobby) in the fiche's family, or one the person drew a
        // skill of this fiche from.
        let showingSkills = Set(person.confirmedSkills.filter { target.items.contains($0.item) }.compactMap(\.experience))
        let related = person.experiences.filter { experience in
            experience.nature != .loisir && (experience.fiche.map(target.family.contains) == true || showingSkills.contains(experience.id))
        }
        relatedExperiences = related.map(\.id)
        relatedYears = related.reduce(0) { $0 + $1.years }
    }
}
