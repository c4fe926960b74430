/// Where one step stands: what is done, what is missing, whether it is to be looked at again.
public struct StepReadiness: Sendable, Equatable {
    public let step: Step
    /// The state the project records (`Progression`).
    public let state: StepState
    public let complete: [ReadinessFinding]
    /// What keeps the step from being complete; empty when it is.
    public let missing: [ReadinessFinding]
    /// Non-blocking remarks (actions without a date…).
    public let remarks: [ReadinessFinding]

    public var isComplete: Bool { missing.isEmpty }
    /// Marked à revoir by a change upstream (`Progression.markChanged`).
    public var isARevoir: Bool { state == .aRevoir }
}
