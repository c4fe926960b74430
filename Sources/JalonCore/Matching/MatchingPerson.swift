/// What matching reads of a person: their ratings, RIASEC code, skills, experiences, diploma and
/// choices among pistes. Made from a project with ``init(project:interestProfile:)`` or field by field.
public struct MatchingPerson: Sendable, Equatable {
    /// A skill as matching counts it: a ROME item and the credit of its maîtrise.
    public struct Skill: Sendable, Equatable {
        public var item: OgrCode
        public var maitrise: Maitrise
        public init(item: OgrCode, maitrise: Maitrise) {
            self.item = item
            self.maitrise = maitrise
        }
    }

    public var centres: [CentreInteretCode: Rating]
    /// The person's Holland code; nil without a profile or when the profile is undifferentiated.
    public var hollandCode: HollandCode?
    /// The answers behind each type of the code, strongest first (empty when only the stored profile is known).
    public var riasecAnswers: [RiasecType: [ItemContribution]]
    public var skills: [Skill]
    /// Appellations of the person's experiences (jobs, internships, volunteering, hobbies).
    public var experienceAppellations: [OgrCode]
    /// Nil when the person has not said (access is then not assessed).
    public var diplome: DiplomeLePlusEleve?
    public var ecartees: Set<RomeCode>
    public var retenues: Set<RomeCode>
    /// The job prospects in the person's place, when they ask for « métiers qui recrutent dans ma région »
    /// (``Profil/metiersQuiRecrutent``); nil otherwise, and scores are then exactly what they were without it.
    public var prospects: RegionalProspects?

    public init(
        centres: [CentreInteretCode: Rating] = [:], hollandCode: HollandCode? = nil,
        riasecAnswers: [RiasecType: [ItemContribution]] = [:], skills: [Skill] = [],
        experienceAppellations: [OgrCode] = [], diplome: DiplomeLePlusEleve? = nil,
        ecartees: Set<RomeCode> = [], retenues: Set<RomeCode> = [], prospects: RegionalProspects? = nil
    ) {
        self.centres = centres
        self.hollandCode = hollandCode
        self.riasecAnswers = riasecAnswers
        self.skills = skills
        self.experienceAppellations = experienceAppellations
        self.diplome = diplome
        self.ecartees = ecartees
        self.retenues = retenues
        self.prospects = prospects
    }

    /// The person of a project. The RIASEC code comes from `interestProfile` when given (computed from
    /// the answers, with the answers behind it), else from the stored `profilRiasec`; a partial
    /// questionnaire or an undifferentiated profile gives no code (``InterestProfile/usableCode``). Skills count when the
    /// person confirmed or rated them: an unconfirmed, unrated suggestion does not count; a confirmed
    /// unrated one counts as ``MatchingWeights/unratedMaitrise``.
    public init(project: Project, interestProfile: InterestProfile? = nil) {
        let interets = project.interets
        var centres: [CentreInteretCode: Rating] = [:]
        for rating in interets?.centres ?? [] { centres[rating.centre] = rating.rating }
        var code: HollandCode?
        var answers: [RiasecType: [ItemContribution]] = [:]
        if let interestProfile {
            if let usable = interestProfile.usableCode {
                code = usable
                for type in usable.letters { answers[type] = interestProfile[type].strongest.filter { $0.points > 0 } }
            }
        } else if let stored = interets?.profil {
            let percents = RiasecType.allCases.map { Double(stored[$0]) }
            if InterestProfile.standardDeviation(percents) >= InterestProfile.uniformityThreshold {
                code = HollandCode(Array(stored.ranked.prefix(3)))
            }
        }
        let competences = project.competences
        let skills = (competences?.competences ?? []).compactMap { competence -> Skill? in
            guard let item = competence.item else { return nil }
            if let maitrise = competence.maitrise { return Skill(item: item.code, maitrise: maitrise) }
            if case .suggeree = competence.source { return nil }
            return Skill(item: item.code, maitrise: MatchingWeights.unratedMaitrise)
        }
        let pistes = project.pistes
        self.init(
            centres: centres, hollandCode: code, riasecAnswers: answers, skills: skills,
            experienceAppellations: (competences?.experiences ?? []).compactMap { $0.appellation?.code },
            diplome: project.profil?.diplome,
            ecartees: Set(pistes?.ecartees.map(\.fiche) ?? []), retenues: Set(pistes?.retenues.map(\.fiche) ?? []))
    }

    /// The person's maîtrise of an item (the best when listed twice).
    public func maitrise(of item: OgrCode) -> Maitrise? {
        skills.filter { $0.item == item }.map(\.maitrise).max()
    }

    /// The same person with one more skill, or a better maîtrise of one they have.
    public func adding(_ skill: Skill) -> MatchingPerson {
        var copy = self
        copy.skills.removeAll { $0.item == skill.item && $0.maitrise <= skill.maitrise }
        if copy.maitrise(of: skill.item) == nil { copy.skills.append(skill) }
        return copy
    }
}
