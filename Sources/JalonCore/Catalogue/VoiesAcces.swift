/// The routes by which a certification can be obtained, as Certif Info records them; nil where it says
/// nothing. (Reading of the extract: `1` yes, `0` no, `2` not given.)
public struct VoiesAcces: Sendable, Equatable {
    public let formationInitiale: Bool?
    public let apprentissage: Bool?
    public let formationContinue: Bool?
    public let contratProfessionnalisation: Bool?
    /// Validation des acquis de l'expérience.
    public let vae: Bool?
    /// Candidature individuelle (without following a training).
    public let candidatureIndividuelle: Bool?

    public init(
        formationInitiale: Bool?, apprentissage: Bool?, formationContinue: Bool?, contratProfessionnalisation: Bool?,
        vae: Bool?, candidatureIndividuelle: Bool?
    ) {
        self.formationInitiale = formationInitiale
        self.apprentissage = apprentissage
        self.formationContinue = formationContinue
        self.contratProfessionnalisation = contratProfessionnalisation
        self.vae = vae
        self.candidatureIndividuelle = candidatureIndividuelle
    }

    public static let unknown = VoiesAcces(
        formationInitiale: nil, apprentissage: nil, formationContinue: nil, contratProfessionnalisation: nil, vae: nil,
        candidatureIndividuelle: nil)
}
