import ArgumentParser
import Foundation
import JalonCatalogue

/// `jalon catalogue build --from DIR -o FILE`
struct CatalogueBuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: L(
            "Construit le catalogue à partir des données ouvertes (ROME, RNCP, Certif Info, InserJeunes, ONISEP).",
            "Builds the catalogue from the open data (ROME, RNCP, Certif Info, InserJeunes, ONISEP)."),
        discussion: L(
            "Exemple : jalon catalogue build --from ../shared/data -o Resources/Catalogue/catalogue.jcat",
            "Example: jalon catalogue build --from ../shared/data -o Resources/Catalogue/catalogue.jcat")
    )

    @OptionGroup var options: CatalogueOptions

    @Option(
        name: .long,
        help: ArgumentHelp(
            L(
                "Dossier des données ouvertes (celui qui contient rome-4.0-v460/).",
                "Open-data folder (the one holding rome-4.0-v460/)."), valueName: "DIR"))
    var from: String

    @Option(
        name: [.short, .long],
        help: ArgumentHelp(
            L(
                "Fichier catalogue à écrire (NOTICE est écrit à côté).",
                "Catalogue file to write (NOTICE is written next to it)."), valueName: "FILE"))
    var output: String

    func run() throws {
        let language = options.language
        try reportingCatalogueFailures {
            // Through `writeOutput`, like every `-o`: crash-safe for a file, written through for a device or a FIFO.
            let result = try CatalogueImporter(dataFolder: from).build()
            try writeOutput(result.bytes, to: output)
            if isRegularOutput(output) {
                try writeOutput(
                    Array(SourceFiles.notice.utf8), to: URL(fileURLWithPath: output).deletingLastPathComponent().appendingPathComponent("NOTICE").path)
            }
            let found = result.report.anomalies.filter { $0.count > 0 }
            let anomalies = found.reduce(0) { $0 + $1.count }
            print(
                language.pick(
                    fr:
                        "Catalogue écrit : \(output) (\(result.bytes.count) octets, \(found.count) types d'anomalies, \(anomalies) occurrences ; voir « jalon catalogue stats »).",
                    en:
                        "Catalogue written: \(output) (\(result.bytes.count) bytes, \(found.count) kinds of anomalies, \(anomalies) occurrences; see “jalon catalogue stats”)."
                ))
        }
    }
}
