import ArgumentParser
import JalonCore
import JalonStore

struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: L("Liste les projets du dossier de stockage.", "Lists the projects in the store."),
        discussion: L("Exemple : jalon list --json", "Example: jalon list --json"))

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: JSONOutputOptions

    func run() throws {
        try reportingFailures {
            let repository = try global.repository()
            // A project erased by another process since the listing is skipped, not an error.
            let summaries = try repository.store.projectIDs().compactMap { id in
                try repository.loadIfPresent(id).map(ProjectSummaryOutput.init)
            }
            if output.json { return try JSONOutput.print(summaries) }
            if summaries.isEmpty { print(L("Aucun projet.", "No project.")) }
            for summary in summaries {
                print("\(summary.id)  \(summary.name ?? "—")  \(L("étape", "step")) \(summary.currentStepNumber)/7 \(summary.currentStep)  r\(summary.revision)  \(summary.updated)")
            }
        }
    }
}

/// One project in `list` and `show --json`: a stable shape for scripts.
struct ProjectSummaryOutput: Encodable {
    var id: String
    var name: String?
    var currentStep: String
    var currentStepNumber: Int
    var steps: [String: String]
    var revision: Int
    var created: String
    var updated: String

    init(_ loaded: ProjectRepository.Loaded) {
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
