import ArgumentParser
import JalonCore
import JalonServer
import JalonStore

/// `jalon erase ID --yes`: the one erasure (`ProjectErasure`) — links, revisions; the store keeps only
/// a keyed hash of the id, and the journal never held more.
struct EraseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "erase",
        abstract: L(
            "Efface définitivement un projet, toutes ses révisions et ses liens de partage (droit à l’effacement).",
            "Erases a project, all its revisions and its sharing links for good (right to erasure)."),
        discussion: L(
            "Irréversible : --yes est obligatoire. Exemple : jalon erase 5f0c… --yes",
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
            let opened = try global.openStore()
            try ProjectErasure.erase(project.id, store: opened.store, links: try opened.links(), web: try opened.webSessions())
            print(L("Projet \(project.id) effacé, avec toutes ses révisions.", "Project \(project.id) erased, with all its revisions."))
        }
    }
}
