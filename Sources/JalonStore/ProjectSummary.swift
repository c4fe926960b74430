import JalonCore

/// One project at a glance (`jalon list`, `show --json`): kept by the store beside the latest revision
/// (`ProjectStore.keepSummary`), so a listing reads these instead of parsing every document.
public struct ProjectSummary: Codable, Sendable, Equatable {
    public var id: String
    public var name: String?
    public var currentStep: String
    public var currentStepNumber: Int
    public var steps: [String: String]
    public var revision: Int
    public var created: String
    public var updated: String

    public init(_ loaded: ProjectRepository.Loaded) {
        let project = loaded.project
        id = project.id.rawValue
        name = project.displayName
        currentStep = project.progression.current.rawValue
        currentStepNumber = project.progression.current.number
        steps = Dictionary(uniqueKeysWithValues: Step.allCases.map { ($0.rawValue, project.progression[$0].rawValue) })
        revision = loaded.revision.number
        created = project.metadata.created.description
        updated = project.metadata.updated.description
    }
}
