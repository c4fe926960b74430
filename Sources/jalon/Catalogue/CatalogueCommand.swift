import ArgumentParser
import Foundation
import JalonCatalog
import JalonLocale

/// `jalon catalogue …`: build, inspect and search the reference catalogue.
struct CatalogueCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "catalogue",
        abstract: L("Le catalogue de référence : métiers ROME, certifications, taux d’insertion.",
                    "The reference catalogue: ROME jobs, certifications, insertion rates."),
        subcommands: [
            CatalogueBuildCommand.self, CatalogueStatsCommand.self, CatalogueSearchCommand.self, CatalogueShowCommand.self,
            CatalogueImportLHEOCommand.self,
        ]
    )
}

/// Options every catalogue command shares.
struct CatalogueOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(L("Langue des messages : fr ou en.", "Message language: fr or en."), valueName: "LANG"))
    var lang: Language?

    @Option(name: .long, help: ArgumentHelp(
        L("Fichier catalogue à lire au lieu du catalogue embarqué.", "Catalogue file to read instead of the bundled one."), valueName: "FILE"))
    var catalogue: String?

    /// `RunLanguage` has already read `--lang` from the command line.
    var language: Language { lang ?? RunLanguage.current }

    func load() throws(CatalogueError) -> Catalogue {
        if let catalogue { return try Catalogue(contentsOf: catalogue) }
        return try Catalogue.bundled()
    }
}
