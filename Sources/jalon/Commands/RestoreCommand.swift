import ArgumentParser
import JalonCore
import JalonStore

struct RestoreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "restore",
        abstract: L(
            "Revient à une ancienne révision en créant une nouvelle révision identique (rien n’est effacé).",
            "Goes back to an old revision by adding a new, identical revision (nothing is erased)."),
        discussion: L("Exemple : jalon restore 5f0c… 2", "Example: jalon restore 5f0c… 2"))

    @OptionGroup var global: GlobalOptions
    @OptionGroup var project: ProjectIDArgument
    @Argument(help: ArgumentHelp(L("Révision à restaurer.", "Revision to restore."), valueName: "N")) var revision: Int

    func run() throws {
        try reportingFailures {
            let info = try global.repository().restore(project.id, revision: revision, author: .person)
            print(
                L(
                    "Révision \(info.number) créée, identique à la révision \(revision).",
                    "Revision \(info.number) created, identical to revision \(revision)."))
        }
    }
}
