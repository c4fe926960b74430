import ArgumentParser
import Foundation
import JalonCatalogue
import JalonLocale

/// `jalon catalogue …`: build, inspect and search the reference catalogue.
struct CatalogueCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "catalogue",
        abstract: L(
            "Le catalogue de référence : métiers ROME, certifications, taux d’insertion.",
            "The reference catalogue: ROME jobs, certifications, insertion rates."),
        subcommands: [
            CatalogueBuildCommand.self, CatalogueStatsCommand.self, CatalogueSearchCommand.self, CatalogueShowCommand.self,
            CatalogueImportLHEOCommand.self
        ]
    )
}

/// `reportingFailures` for catalogue commands: catalogue failures get the exit codes docs/commandes.md
/// documents (66 not found, 74 read/write error, 1 invalid data) before being printed.
func reportingCatalogueFailures(_ body: () throws -> Void) throws {
    try reportingFailures { try withCatalogueExitCodes(body) }
}

private func withCatalogueExitCodes(_ body: () throws -> Void) throws {
    do {
        try body()
    } catch let error as ImportError {
        switch error {
        case .missingFile: throw CommandFailure(error, exitCode: JalonExitCode.notFound)
        case .unreadable, .unwritable: throw CommandFailure(error, exitCode: JalonExitCode.ioError)
        default: throw CommandFailure(error, exitCode: JalonExitCode.invalidData)
        }
    } catch let error as CatalogueError {
        switch error {
        case .fileUnreadable, .notBundled: throw CommandFailure(error, exitCode: JalonExitCode.notFound)
        case .unknownCode: throw CommandFailure(error, exitCode: JalonExitCode.notFound)
        default: throw CommandFailure(error, exitCode: JalonExitCode.invalidData)
        }
    }
}

/// Options every catalogue command shares.
struct CatalogueOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(L("Langue des messages : fr ou en.", "Message language: fr or en."), valueName: "LANG"))
    var lang: Language?

    @Option(
        name: .long,
        help: ArgumentHelp(
            L("Fichier catalogue à lire au lieu du catalogue embarqué.", "Catalogue file to read instead of the bundled one."), valueName: "FILE"))
    var catalogue: String?

    /// `RunLanguage` has already read `--lang` from the command line.
    var language: Language { lang ?? RunLanguage.current }

    func load() throws(CatalogueError) -> Catalogue {
        if let catalogue { return try Catalogue(contentsOf: catalogue) }
        return try Catalogue.bundled()
    }
}
