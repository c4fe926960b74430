import JalonCore
import JalonLocale

/// The stable `--json` shape of `jalon readiness`.
struct ReadinessJSON: Encodable {
    struct StepJSON: Encodable {
        let step: String
        let number: Int
        let state: String
        let complete: Bool
        let aRevoir: Bool
        let mayAdvance: Bool
        let done: [String]
        let missing: [String]
        let remarks: [String]
    }
    let project: String
    let current: String
    let mayAdvance: Bool
    @NullEncoded var firstIncomplete: String?
    let steps: [StepJSON]

    init(project: Project, readiness: Readiness, language: Language) {
        self.project = project.id.rawValue
        current = readiness.current.rawValue
        mayAdvance = readiness.mayAdvance
        firstIncomplete = readiness.firstIncomplete?.rawValue
        steps = readiness.steps.map { step in
            StepJSON(step: step.step.rawValue, number: step.step.number, state: step.state.rawValue, complete: step.isComplete, aRevoir: step.isARevoir,
                     mayAdvance: readiness.mayAdvance(from: step.step),
                     done: step.complete.map { $0.message(in: language, step: step.step) },
                     missing: step.missing.map { $0.message(in: language, step: step.step) },
                     remarks: step.remarks.map { $0.message(in: language, step: step.step) })
        }
    }
}
