/// The state of every step and the step the person is on. Every step always has a state, so lookups
/// never fail and a document always lists all seven.
public struct Progression: Hashable, Sendable {
    public var current: Step
    private var states: [Step: StepState]

    public init(current: Step = .profil, states: [Step: StepState] = [:]) {
        self.current = current
        self.states = states
    }

    public subscript(step: Step) -> StepState {
        get { states[step] ?? .nonCommencee }
        set { states[step] = newValue }
    }

    /// Marks `step` as changed: it becomes `en-cours` and every finished step after it `a-revoir`.
    public mutating func markChanged(_ step: Step) {
        self[step] = .enCours
        for later in step.downstream where self[later] == .terminee {
            self[later] = .aRevoir
        }
    }

    public static func == (lhs: Progression, rhs: Progression) -> Bool {
        lhs.current == rhs.current && Step.allCases.allSatisfy { lhs[$0] == rhs[$0] }
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(current)
        for step in Step.allCases { hasher.combine(self[step]) }
    }
}
