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
    @Argument(help: ArgumentHelp(L("Numéro affiché par plan list, ou identifiant (a1…).", "Number shown by plan list, or id (a1…)."), valueName: "N"))
    var action: String

    func run() throws {
        let language = RunLanguage.current
        try reportingFailures {
            try mutateProject(global, project.id) { project in
                guard let index = Self.index(of: action, in: project.plan) else {
                    throw CommandFailure(message: language.pick(fr: "aucune action « \(action) » dans le plan (\(project.plan.count) action(s), voir jalon plan list)",
                                                                en: "no action '\(action)' in the plan (\(project.plan.count) action(s), see jalon plan list)"),
                                         exitCode: JalonExitCode.notFound)
                }
                let id = project.plan[index].id
                guard project.plan[index].status != .faite else {
                    throw CommandFailure(message: language.pick(fr: "l’action \(id) est déjà faite", en: "action \(id) is already done"),
                                         exitCode: JalonExitCode.invalidData)
                }
                project.plan[index].status = .faite
                return language.pick(fr: "Action \(id) faite", en: "Action \(id) done")
            }
            print(language.pick(fr: "Action faite.", en: "Action done."))
        }
    }

    /// `N` is the 1-based position `plan list` shows; anything else is taken as an action id.
    static func index(of reference: String, in plan: [PlanAction]) -> Int? {
        if let number = Int(reference) { return plan.indices.contains(number - 1) ? number - 1 : nil }
        return plan.firstIndex { $0.id.rawValue == reference }
    }
}
