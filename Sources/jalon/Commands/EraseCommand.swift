import ArgumentParser
import JalonCore
import JalonStore

struct EraseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "erase",
        abstract: L("Efface définitivement un projet et toutes ses révisions (droit à l’effacement).",
                    "Erases a project and all its revisions for good (right to erasure)."),
        discussion: L("Irréversible : --yes est obligatoire. Exemple : jalon erase 5f0c… --yes",
                      "Cannot be undone: --yes is required. Example: jalon erase 5f0c… --yes"))

    @OptionGroup var global: GlobalOptions
    @Argument(help: ArgumentHelp(L("Identifiant du projet.", "Project id."), valueName: "ID")) var id: ProjectID
    @Flag(name: .long, help: ArgumentHelp(L("Confirme l’effacement.", "Confirms the erasure."))) var yes = false

    func validate() throws {
        if !yes {
            throw ValidationError(L("l’effacement est définitif : ajoutez --yes pour confirmer.", "erasure cannot be undone: add --yes to confirm."))
        }
    }

    func run() throws {
        try reportingFailures {
            try global.openStore().erase(id)
            print(L("Projet \(id) effacé, avec toutes ses révisions.", "Project \(id) erased, with all its revisions."))
        }
    }
}
