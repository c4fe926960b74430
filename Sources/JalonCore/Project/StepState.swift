/// Where a step stands. `aRevoir` marks a step whose inputs changed upstream: its content is kept,
/// not silently recomputed or deleted, until the person looks at it again (GUIDE §3).
public enum StepState: String, CaseIterable, Sendable, CustomStringConvertible {
    case nonCommencee = "non-commencee"
    case enCours = "en-cours"
    case terminee = "terminee"
    case aRevoir = "a-revoir"

    public var description: String { rawValue }
}
