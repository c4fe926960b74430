/// The person's situation when building the project; it changes what Jalon proposes (apprenticeship
/// for a lycéen, VAE for an employee with experience).
public enum Situation: String, CaseIterable, Sendable, CustomStringConvertible {
    case lyceen
    case etudiant
    case demandeurEmploi = "demandeur-emploi"
    case salarie
    case reconversion
    case autre

    public var description: String { rawValue }
}
