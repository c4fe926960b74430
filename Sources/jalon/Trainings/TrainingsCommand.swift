import ArgumentParser

/// `jalon trainings …`: step 5, the paths to a kept piste. `jalon trainings ID CODE` shows them (the
/// default subcommand, as before the group existed); `choose` records the one the person picks.
struct TrainingsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "trainings",
        abstract: L("Parcours de formation vers un métier, classés et expliqués, pour la personne du projet.",
                    "Training paths to a métier, ranked and explained, for the person of the project."),
        discussion: L("Exemple : jalon trainings 5f0c… I1310 --limit 5, puis jalon trainings choose 5f0c… I1310 RNCP37276",
                      "Example: jalon trainings 5f0c… I1310 --limit 5, then jalon trainings choose 5f0c… I1310 RNCP37276"),
        subcommands: [TrainingsShowCommand.self, TrainingsChooseCommand.self],
        defaultSubcommand: TrainingsShowCommand.self)
}
