import ArgumentParser
import JalonStore

struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: L("Importe un document projet XML (validé, migré s’il est ancien) comme nouveau projet.",
                    "Imports an XML project document (validated, migrated when old) as a new project."),
        discussion: L("Exemple : jalon import Samples/lea-gray-lyceenne.xml", "Example: jalon import Samples/lea-gray-lyceenne.xml"))

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: JSONOutputOptions
    @Argument(help: ArgumentHelp(L("Fichier XML à importer (- pour l’entrée standard).", "XML file to import (- for standard input)."), valueName: "FILE"))
    var file: String

    struct Output: Encodable {
        var id: String
        var originalID: String
        var revision: Int
        var originalVersion: String
        var migrations: [String]
    }

    func run() throws {
        try reportingFailures {
            let repository = try global.repository()
            let result = try repository.importDocument(try readInputFile(file), sourceName: file, author: .person)
            if output.json {
                return try JSONOutput.print(Output(id: result.project.id.rawValue, originalID: result.originalID.rawValue,
                                                   revision: result.revision.number, originalVersion: result.originalVersion.description,
                                                   migrations: result.appliedMigrations))
            }
            print(result.project.id)
            if result.idChanged {
                printError(L("le projet \(result.originalID) existait déjà : la copie importée a reçu un nouvel identifiant",
                             "project \(result.originalID) already existed: the imported copy got a new id"))
            }
            if !result.appliedMigrations.isEmpty {
                printError(L("document migré depuis le format \(result.originalVersion)", "document migrated from format \(result.originalVersion)"))
            }
        }
    }
}
