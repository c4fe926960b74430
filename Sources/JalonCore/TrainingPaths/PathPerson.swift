/// What the paths engine needs to know of the person, read from the project by the services layer
/// (which resolves appellations to fiches and the département to its region).
public struct PathPerson: Sendable, Equatable {
    /// One experience, reduced to what VAE eligibility looks at.
    public struct PastExperience: Sendable, Equatable {
        public let id: ExperienceID
        public let nature: Experience.Nature
        /// The fiche of the experience's appellation, if it names one.
        public let fiche: RomeCode?
        /// Time spent, in years (0 when the project does not say).
        public let years: Double

        public init(id: ExperienceID, nature: Experience.Nature, fiche: RomeCode?, years: Double) {
            self.id = id
            self.nature = nature
            self.fiche = fiche
            self.years = years
        }
    }

    /// A skill the person confirmed (not a mere suggestion), with the experience it came from.
    public struct ConfirmedSkill: Sendable, Equatable {
        public let item: OgrCode
        public let experience: ExperienceID?

        public init(item: OgrCode, experience: ExperienceID?) {
            self.item = item
            self.experience = experience
        }
    }

    public let diplome: DiplomeLePlusEleve?
    public let situation: Situation?
    /// Age this year (year difference, so at most one year too old); nil when the birth year is not given.
    public let age: Int?
    public let departement: Departement?
    /// INSEE region code of the département ("27").
    public let region: String?
    public let experiences: [PastExperience]
    public let confirmedSkills: [ConfirmedSkill]

    public init(
        diplome: DiplomeLePlusEleve?, situation: Situation?, age: Int?, departement: Departement?, region: String?,
        experiences: [PastExperience], confirmedSkills: [ConfirmedSkill]
    ) {
        self.diplome = diplome
        self.situation = situation
        self.age = age
        self.departement = departement
        self.region = region
        self.experiences = experiences
        self.confirmedSkills = confirmedSkills
    }

    /// The level a person starts from: their diploma's level, 2 with no diploma (below CAP), nil when
    /// not said.
    public var startLevel: Int? {
        switch diplome {
        case .niveau(let niveau): niveau.rawValue
        case .aucun: 2
        case nil: nil
        }
    }
}

extension PathPerson {
    /// Reads the person from a project. `ficheOfAppellation` and `regionOfDepartement` are catalogue
    /// lookups the caller supplies, so the core stays free of the catalogue's storage.
    public init(
        project: Project, today: Day, ficheOfAppellation: (OgrCode) -> RomeCode?, regionOfDepartement: (Departement) -> String?
    ) {
        let profil = project.profil
        let departement = profil?.departement ?? profil?.commune.flatMap(Self.departement(of:))
        let experiences = (project.competences?.experiences ?? []).map { experience in
            PastExperience(
                id: experience.id, nature: experience.nature, fiche: experience.appellation.flatMap { ficheOfAppellation($0.code) },
                years: Self.years(of: experience, today: today))
        }
        // Matching's rule (`MatchingPerson(project:)`): an unrated suggestion is not the person's word, a
        // confirmed unrated skill counts as pratique; and, as for matching's VAE readiness, a skill below
        // `VAEAssessment.confirmedMaitrise` ("notions") is not yet mastered.
        let skills = (project.competences?.competences ?? []).compactMap { competence -> ConfirmedSkill? in
            guard let item = competence.item?.code else { return nil }
            if case .suggeree = competence.source, competence.maitrise == nil { return nil }
            if (competence.maitrise ?? MatchingWeights.unratedMaitrise) < VAEAssessment.confirmedMaitrise { return nil }
            return ConfirmedSkill(item: item, experience: competence.source.experience)
        }
        self.init(
            diplome: profil?.diplome, situation: profil?.situation, age: profil?.anneeNaissance.map { today.year - $0 },
            departement: departement, region: departement.flatMap(regionOfDepartement),
            experiences: experiences, confirmedSkills: skills)
    }

    /// The stated years, else the span of the dates (an open end runs to `today`), else 0.
    static func years(of experience: Experience, today: Day) -> Double {
        if let annees = experience.annees { return annees }
        guard let debut = experience.debut else { return 0 }
        let end = experience.fin ?? today
        return max(0, Double(end.daysSinceEpoch - debut.daysSinceEpoch) / 365.25)
    }

    /// The département of a commune: the first two characters of its INSEE code, three overseas (97x).
    static func departement(of commune: Commune) -> Departement? {
        let code = commune.codeInsee
        return Departement(String(code.prefix(code.hasPrefix("97") ? 3 : 2)))
    }
}
