import ArgumentParser
import Foundation
import JalonCore
import JalonServer
import JalonStore
import Logging

/// `jalon open ID [--no-browser] [--port P]`: the web workbook of one project on this computer only
/// (127.0.0.1), with a single-use sign-in URL; stops on Ctrl-C.
struct OpenCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "open",
        abstract: L(
            "Ouvre le carnet web d’un projet sur cet ordinateur (jusqu’à Ctrl-C).",
            "Opens a project's web workbook on this computer (until Ctrl-C)."),
        discussion: L(
            "Exemple : jalon open 0f3c…  (l’adresse affichée ne sert qu’une fois)",
            "Example: jalon open 0f3c…  (the address shown works once)"))

    @OptionGroup var project: ProjectIDArgument
    @Option(help: ArgumentHelp(L("Port d’écoute (0 par défaut : un port libre).", "Port to listen on (0 by default: a free port)."), valueName: "PORT"))
    var port: Int = 0
    @Flag(
        name: .customLong("no-browser"),
        help: ArgumentHelp(
            L(
                "N’ouvre pas de navigateur : affiche seulement l’adresse.",
                "Opens no browser: only prints the address.")))
    var noBrowser = false
    @OptionGroup var global: GlobalOptions

    func validate() throws {
        guard (0...65_535).contains(port) else {
            throw ValidationError(L("--port attend un nombre de 0 à 65535", "--port expects a number from 0 to 65535"))
        }
    }

    func run() async throws {
        var services: ServerServices?
        var path = ""
        let id = project.id
        try reportingFailures {
            let configuration = ServerConfiguration(host: "127.0.0.1", port: port)
            services = try JalonApplication.services(configuration: configuration, storeRoot: global.storePath)
            path = try JalonApplication.localSignInPath(services: services!, project: id)
        }
        let openBrowser = !noBrowser, signInPath = path
        let app = JalonApplication.application(
            services: services!, host: "127.0.0.1", port: port,
            logger: Logger(label: "jalon.open", factory: JSONLogHandler.init)
        ) { port in
            let url = "http://127.0.0.1:\(port)\(signInPath)"
            try? FileHandle.standardOutput.write(
                contentsOf: Data(
                    (L(
                        "Carnet web : \(url)\n(adresse à usage unique ; Ctrl-C pour arrêter)",
                        "Web workbook: \(url)\n(single-use address; Ctrl-C to stop)") + "\n").utf8))
            if openBrowser { Self.openInBrowser(url) }
        }
        do {
            try await app.runService()
        } catch {
            printError(L("le serveur s’est arrêté : \(error)", "the server stopped: \(error)"))
            throw ExitCode(JalonExitCode.ioError)
        }
    }

    /// xdg-open when the system has it; otherwise the printed address is enough.
    private static func openInBrowser(_ url: String) {
        let paths = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin").split(separator: ":")
        guard let opener = paths.map({ $0 + "/xdg-open" }).first(where: { FileManager.default.isExecutableFile(atPath: $0) }) else { return }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: opener)
        process.arguments = [url]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try? process.run()
    }
}
