import ArgumentParser
import Foundation
import JalonCatalog

/// `jalon catalogue build --from DIR -o FILE`
struct CatalogueBuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Construit le catalogue à partir des données ouvertes (ROME, RNCP, Certif Info, InserJeunes, ONISEP)."
    )

    @OptionGroup var options: CatalogueOptions

    @Option(name: .long, help: "Dossier des données ouvertes (celui qui contient rome-4.0-v460/).")
    var from: String

    @Option(name: [.short, .long], help: "Fichier catalogue à écrire (Resources/Catalogue/catalogue.jcat).")
    var output: String

    func run() throws {
        let language = options.language
        try reportingFailures(in: language) {
            let result = try CatalogueImporter(dataFolder: from).write(to: output)
            let anomalies = result.report.anomalies.reduce(0) { $0 + $1.count }
            print(language.pick(
                fr: "Catalogue écrit : \(output) (\(result.bytes.count) octets, \(result.report.anomalies.count) types d'anomalies, \(anomalies) occurrences ; voir « jalon catalogue stats »).",
                en: "Catalogue written: \(output) (\(result.bytes.count) bytes, \(result.report.anomalies.count) kinds of anomalies, \(anomalies) occurrences; see “jalon catalogue stats”)."))
        }
    }
}
