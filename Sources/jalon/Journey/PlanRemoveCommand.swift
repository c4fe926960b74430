import ArgumentParser
import JalonCore
import JalonLocale

/// `jalon plan remove ID N`: takes an action out of the plan (`RemovePlanActionEdit`), by the number
/// `plan list` shows or by its id `aN`; earlier revisions keep it.
struct PlanRemoveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "remove",
        abstract: L("Retire une action du plan.", "Removes an action from the plan."),
        discussion: L("Exemple : jalon plan remove 5f0c… 2   (ou a2)", "Example: jalon plan remove 5f0c… 2   (or a2)"))

    @OptionGroup var global: GlobalOptions
    @OptionGroup var project: ProjectIDArgument
    @OptionGroup var action: PlanActionArgument

    func run() throws {
        let language = RunLanguage.current
        try reportingFailures {
            try applyEdit(global, project.id, RemovePlanActionEdit(action: action.action))
            print(language.pick(fr: "Action retirée.", en: "Action removed."))
        }
    }
}
