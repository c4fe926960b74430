import ArgumentParser

/// `jalon store …`: the store as a whole (copy between a folder and a database).
struct StoreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "store",
        abstract: L(
            "Le stockage entier : copie d’un dossier vers une base PostgreSQL et retour.",
            "The whole store: copy from a folder to a PostgreSQL database and back."),
        subcommands: [StoreCopyCommand.self])
}
