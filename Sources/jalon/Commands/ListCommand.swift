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
            let summaries = try global.repository().summaries()
            if output.json { return try JSONOutput.print(summaries) }
            if summaries.isEmpty { print(L("Aucun projet.", "No project.")) }
            for summary in summaries {
                print(
                    "\(summary.id)  \(summary.name ?? "—")  \(L("étape", "step")) \(summary.currentStepNumber)/7 \(summary.currentStep)  r\(summary.revision)  \(summary.updated)"
                )
            }
        }
    }
}
