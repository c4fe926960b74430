import JalonLocale

/// The one JSON shape of readiness, for `jalon readiness --json` and `GET /v1/projects/{id}/readiness`
/// (schema: `Resources/Schemas/readiness.schema.json`): sentences in the asked language, and the
/// missing findings' stable codes.
public struct ReadinessJSON: Encodable, Sendable {
    public struct StepJSON: Encodable, Sendable {
        let step: String
        let number: Int
        let state: String
        let complete: Bool
        let aRevoir: Bool
        let mayAdvance: Bool
        let done: [String]
        let missing: [String]
        let missingCodes: [String]
        let remarks: [String]
    }
    let project: String
    let current: String
    let mayAdvance: Bool
    let firstIncomplete: String?
    let steps: [StepJSON]

    public init(project: Project, readiness: Readiness, language: Language) {
        self.project = project.id.rawValue
        current = readiness.current.rawValue
        mayAdvance = readiness.mayAdvance
        firstIncomplete = readiness.firstIncomplete?.rawValue
        steps = readiness.steps.map { step in
            StepJSON(
                step: step.step.rawValue, number: step.step.number, state: step.state.rawValue, complete: step.isComplete, aRevoir: step.isARevoir,
                mayAdvance: readiness.mayAdvance(from: step.step),
                done: step.complete.map { $0.message(in: language, step: step.step) },
                missing: step.missing.map { $0.message(in: language, step: step.step) },
                missingCodes: step.missing.map(\.code),
                remarks: step.remarks.map { $0.message(in: language, step: step.step) })
        }
    }

    enum CodingKeys: String, CodingKey { case project, current, mayAdvance, firstIncomplete, steps }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(project, forKey: .project)
        try container.encode(current, forKey: .current)
        try container.encode(mayAdvance, forKey: .mayAdvance)
        // null rather than absent: every key is always there.
        try container.encode(firstIncomplete, forKey: .firstIncomplete)
        try container.encode(steps, forKey: .steps)
    }
}
