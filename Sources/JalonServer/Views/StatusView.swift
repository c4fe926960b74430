import JalonCore
import JalonLocale

/// `GET /v1/projects/{id}/status`: steps, states and what advancing needs; no name and no content, so
/// a portal may show a person's progress without reading their project. For the portal, the step
/// states only: what advancing needs names the person's choices (the métiers kept, their codes).
struct StatusView: Encodable {
    struct StepView: Encodable {
        let step: String, number: Int, title: String, state: String, complete: Bool
    }
    let id: String
    let revision: Int
    let current: String
    let mayAdvance: Bool
    let steps: [StepView]
    let needs: [String]?

    init(_ project: Project, revision: Int, language: Language, stepStatesOnly: Bool = false) {
        let readiness = Readiness(project)
        id = project.id.rawValue
        self.revision = revision
        current = readiness.current.rawValue
        mayAdvance = readiness.mayAdvance
        steps = readiness.steps.map {
            StepView(step: $0.step.rawValue, number: $0.step.number, title: $0.step.title(in: language), state: $0.state.rawValue, complete: $0.isComplete)
        }
        needs = stepStatesOnly ? nil : readiness.needs(in: language)
    }
}
