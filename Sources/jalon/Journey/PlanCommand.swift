import ArgumentParser

/// `jalon plan …`: step 6, the dated actions.
struct PlanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plan",
        abstract: L("Étape 6 : les actions datées du plan.", "Step 6: the dated actions of the plan."),
        subcommands: [PlanAddCommand.self, PlanDoneCommand.self, PlanRemoveCommand.self, PlanListCommand.self])
}
