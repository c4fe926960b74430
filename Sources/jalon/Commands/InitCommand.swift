import ArgumentParser
import JalonCore
import JalonStore

struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: L("Crée un nouveau projet et affiche son identifiant.", "Creates a new project and prints its id."),
        discussion: L("Exemple : jalon init --name \"Léa\"", "Example: jalon init --name \"Léa\""))

    @OptionGroup var global: GlobalOptions
    @Option(name: .long, help: ArgumentHelp(L("Nom affiché ou pseudonyme de la personne.", "The person's display name or pseudonym."), valueName: "NAME"))
    var name: String

    func validate() throws {
        if name.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            throw ValidationError(L("--name ne peut pas être vide.", "--name cannot be empty."))
        }
    }

    func run() throws {
        try reportingFailures {
            let repository = try global.repository()
            let project = Project.started(displayName: name.trimmingCharacters(in: .whitespacesAndNewlines))
            _ = try repository.create(project, author: .person, message: L("Création du projet", "Project created"))
            print(project.id)
        }
    }
}
