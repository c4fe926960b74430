import ArgumentParser

/// `jalon synthese …`: step 7, the person's own account of the project.
struct SyntheseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "synthese",
        abstract: L("La synthèse du projet (étape 7).", "The project's summary (step 7)."),
        subcommands: [SyntheseSetCommand.self])
}
