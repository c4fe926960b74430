import ArgumentParser

/// `jalon pistes …`: the métiers that fit a person, and why.
struct PistesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pistes",
        abstract: L("Les métiers qui correspondent à un projet, et pourquoi.", "The jobs that fit a project, and why."),
        subcommands: [PistesSuggestCommand.self, PistesExplainCommand.self, PistesKeepCommand.self, PistesDropCommand.self],
        aliases: ["metiers"])
}
