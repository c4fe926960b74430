import ArgumentParser

/// `jalon metiers …`: the métiers that fit a person, and why.
struct MetiersCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "metiers",
        abstract: L("Les métiers qui correspondent à un projet, et pourquoi.", "The jobs that fit a project, and why."),
        subcommands: [MetiersSuggestCommand.self, MetiersExplainCommand.self, MetiersKeepCommand.self, MetiersDropCommand.self]
    )
}
