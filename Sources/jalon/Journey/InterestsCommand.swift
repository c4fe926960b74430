import ArgumentParser

/// `jalon interests …`: step 2, what draws the person.
struct InterestsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "interests",
        abstract: L("Les centres d’intérêt (étape 2).", "Interests (step 2)."),
        subcommands: [InterestsRateCommand.self, InterestsAnswerCommand.self, InterestsShowCommand.self])
}
