import ArgumentParser
import JalonCore
import JalonLocale

/// `jalon plan done ID N`: marks an action done, by the number `plan list` shows or by its id `aN`.
struct PlanDoneCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "done",
        abstract: L("Marque une action comme faite.", "Marks an action as done."),
        discussion: L("Exemple : jalon plan done 5f0c… 1   (ou a1)", "Example: jalon plan done 5f0c… 1   (or a1)"))

    @OptionGroup var global: GlobalOptions
    @OptionGroup var project: ProjectIDArgument
    @OptionGroup var action: PlanActionArgument

    func run() throws {
        let language = RunLanguage.current
        try reportingFailures {
            try applyEdit(global, project.id, CompletePlanActionEdit(action: action.action))
            print(language.pick(fr: "Action faite.", en: "Action done."))
        }
    }
}
