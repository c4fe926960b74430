import ArgumentParser
import JalonCore
import JalonStore

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: L("Exporte un projet.", "Exports a project."),
        discussion: L("Exemple : jalon export 5f0c… --format xml -o projet.xml", "Example: jalon export 5f0c… --format xml -o project.xml"))

    enum Format: String, ExpressibleByArgument, CaseIterable { case xml }

    @OptionGroup var global: GlobalOptions
    @OptionGroup var project: ProjectIDArgument
    @Option(name: .long, help: ArgumentHelp(L("Format de l’export.", "Export format."))) var format: Format = .xml
    @Option(name: .shortAndLong, help: ArgumentHelp(L("Fichier de sortie (sinon la sortie standard).", "Output file (else standard output)."), valueName: "FILE"))
    var output: String?
    @Option(name: .long, help: ArgumentHelp(L("Révision à exporter (sinon la dernière).", "Revision to export (else the latest)."), valueName: "N"))
    var revision: Int?

    func run() throws {
        try reportingFailures {
            let bytes = try global.repository().exportXML(project.id, revision: revision)
            try writeOutput(bytes, to: output)
        }
    }
}
