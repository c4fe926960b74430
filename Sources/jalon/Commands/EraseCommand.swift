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
    @OptionGroup var project: ProjectIDArgument
    @Flag(name: .long, help: ArgumentHelp(L("Confirme l’effacement.", "Confirms the erasure."))) var yes = false

    func validate() throws {
        if !yes {
            throw ValidationError(L("l’effacement est définitif : ajoutez --yes pour confirmer.", "erasure cannot be undone: add --yes to confirm."))
        }
    }

    func run() throws {
        try reportingFailures {
            try global.openStore().store.erase(project.id)
            print(L("Projet \(project.id) effacé, avec toutes ses révisions.", "Project \(project.id) erased, with all its revisions."))
        }
    }
}
