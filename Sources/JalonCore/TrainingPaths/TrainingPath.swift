/// One way to the target métier: a certification, the route to it, the steps from the person's level,
/// what InserJeunes says of it, the offers that prepare it, and the score that ranks it.
public struct TrainingPath: Sendable, Equatable {
    /// One certification to obtain, in order; the last is the path's certification.
    public struct Step: Sendable, Equatable {
        public let certification: CertificationCode
        public let title: String
        public let niveau: Niveau?
        /// The source of the level (Kit apprentissage, Certif Info, RNCP 2021).
        public let niveauSource: CatalogueSource?
        /// The fiche the certification was found through (another fiche of the domaine for a bridge).
        public let fiche: RomeCode
        /// How the person enters this step (``LevelSteps``): after the level below, without a diploma…
        public let entry: LevelSteps.Entry

        init(_ candidate: CertificationCandidate, entry: LevelSteps.Entry) {
            certification = candidate.code
            title = candidate.certification.title
            niveau = candidate.niveau
            niveauSource = candidate.certification.niveauSource
            fiche = candidate.fiche
            self.entry = entry
        }
    }

    public let fiche: RomeCode
    public let certification: CertificationCode
    public let title: String
    public let niveau: Niveau?
    public let voie: Formation.Voie
    /// Inactive or superseded certifications this one replaces (followed through `replacedBy`).
    public let replaces: [CertificationCode]
    /// The parent fiche when the certification reaches the target through it.
    public let viaParent: RomeCode?
    public let steps: [Step]
    /// False when a level gap could not be filled with a certification of the field.
    public let stepsComplete: Bool
    public let insertion: InsertionFigure?
    public let offers: [OfferMatch]
    /// The métier is regulated and this certification is the one its accès text requires.
    public let isRequiredByRegulation: Bool
    public let score: PathScore

    /// The same path as a `Formation` of the project (not chosen), for the lead's saving step.
    public var formation: Formation {
        Formation(fiche: fiche, certification: certification, intitule: title, niveau: niveau, voie: voie)
    }
}
