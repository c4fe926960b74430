import ArgumentParser

/// `jalon formations …`: step 5, the paths to a kept piste. `jalon formations ID CODE` shows them (the
/// default subcommand, as before the group existed); `choose` records the one the person picks.
struct FormationsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "formations",
        abstract: L(
            "Parcours de formation vers un métier, classés et expliqués, pour la personne du projet.",
            "Training paths to a métier, ranked and explained, for the person of the project."),
        discussion: L(
            "Exemple : jalon formations 5f0c… I1310 --limit 5, puis jalon formations choose 5f0c… I1310 RNCP37276",
            "Example: jalon formations 5f0c… I1310 --limit 5, then jalon formations choose 5f0c… I1310 RNCP37276"),
        subcommands: [FormationsShowCommand.self, FormationsChooseCommand.self],
        defaultSubcommand: FormationsShowCommand.self,
        aliases: ["trainings"])
}
