import ArgumentParser

/// `jalon interets …`: step 2, what draws the person.
struct InteretsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "interets",
        abstract: L("Les centres d’intérêt (étape 2).", "Interests (step 2)."),
        subcommands: [InteretsRateCommand.self, InteretsAnswerCommand.self, InteretsShowCommand.self],
        aliases: ["interests"])
}
