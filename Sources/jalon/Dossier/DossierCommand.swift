import ArgumentParser

/// `jalon dossier …`: what a counsellor does with a dossier a person sent.
struct DossierCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dossier",
        abstract: L("Travailler sur un dossier reçu (conseiller).", "Work on a dossier received (counsellor)."),
        subcommands: [DossierAnnotateCommand.self])
}
