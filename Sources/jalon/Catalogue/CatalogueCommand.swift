import ArgumentParser
import Foundation
import JalonCatalog
import JalonLocale

/// `jalon catalogue …`: build, inspect and search the reference catalogue.
struct CatalogueCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "catalogue",
        abstract: "Le catalogue de référence : métiers ROME, certifications, taux d'insertion.",
        subcommands: [CatalogueBuildCommand.self, CatalogueStatsCommand.self, CatalogueSearchCommand.self, CatalogueShowCommand.self]
    )
}

/// Options every catalogue command shares.
struct CatalogueOptions: ParsableArguments {
    @Option(name: .long, help: "Langue des messages : fr ou en (par défaut : JALON_LANG, puis la locale).")
    var lang: String?

    @Option(name: .long, help: "Fichier catalogue à lire au lieu du catalogue embarqué.")
    var catalogue: String?

    var language: Language {
        lang.flatMap { Language(rawValue: $0.lowercased()) } ?? Language.fromEnvironment()
    }

    func validate() throws {
        if let lang, Language(rawValue: lang.lowercased()) == nil {
            throw ValidationError("--lang attend fr ou en (reçu : \(lang)).")
        }
    }

    func load() throws(CatalogueError) -> Catalogue {
        if let catalogue { return try Catalogue(contentsOf: catalogue) }
        return try Catalogue.bundled()
    }
}

/// Runs a command body; a domain failure becomes one sentence on stderr and exit code 1, never a backtrace.
func reportingFailures(in language: Language, _ body: () throws -> Void) throws {
    do {
        try body()
    } catch let failure as any LocalizedFailure {
        FileHandle.standardError.write(Data((failure.message(in: language) + "\n").utf8))
        throw ExitCode(1)
    }
}

/// Stable JSON: sorted keys, no escaped slashes.
func printJSON<T: Encodable>(_ value: T) throws {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    print(String(decoding: try encoder.encode(value), as: UTF8.self))
}
