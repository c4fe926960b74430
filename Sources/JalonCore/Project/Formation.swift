/// A path towards a kept piste: the certification aimed at, its level, and the route (voie d'accès).
/// Several paths may be weighed for one target; `choisie` marks the one the person picked.
public struct Formation: Hashable, Sendable {
    public enum Voie: String, CaseIterable, Sendable, CustomStringConvertible {
        case initiale
        case apprentissage
        case formationContinue = "formation-continue"
        case vae
        public var description: String { rawValue }
    }

    /// The kept piste this path leads to.
    public var fiche: RomeCode
    /// Nil for a path that prepares without certifying (a preparatory course).
    public var certification: CertificationCode?
    public var intitule: String?
    public var niveau: Niveau?
    public var voie: Voie
    /// The training body or the VAE support, as the person noted it.
    public var organisme: String?
    public var choisie: Bool
    public var commentaire: String?

    public init(
        fiche: RomeCode, certification: CertificationCode? = nil, intitule: String? = nil,
        niveau: Niveau? = nil, voie: Voie, organisme: String? = nil, choisie: Bool = false,
        commentaire: String? = nil
    ) {
        self.fiche = fiche
        self.certification = certification
        self.intitule = intitule
        self.niveau = niveau
        self.voie = voie
        self.organisme = organisme
        self.choisie = choisie
        self.commentaire = commentaire
    }
}
