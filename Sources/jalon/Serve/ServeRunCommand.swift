import ArgumentParser
import Foundation
import JalonPostgresStore
import JalonServer
import JalonStore
import Logging

/// `jalon serve [--host H] [--port P] [--store DIR] [--config FILE]`: runs until SIGTERM or SIGINT,
/// then stops accepting connections and finishes the requests in flight before exiting.
struct ServeRunCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: L(
            "Lance le serveur (jusqu’à SIGTERM ou SIGINT ; les requêtes en cours se terminent).",
            "Runs the server (until SIGTERM or SIGINT; requests in flight finish)."),
        discussion: L(
            "Exemple : jalon serve --config serveur.json --port 0 (0 : un port libre, affiché au démarrage)",
            "Example: jalon serve --config server.json --port 0 (0: a free port, printed at start)"))

    @Option(help: ArgumentHelp(L("Adresse d’écoute (127.0.0.1 par défaut).", "Address to listen on (127.0.0.1 by default)."), valueName: "HOST"))
    var host: String?
    @Option(
        help: ArgumentHelp(L("Port d’écoute (8080 par défaut ; 0 : un port libre).", "Port to listen on (8080 by default; 0: a free port)."), valueName: "PORT")
    )
    var port: Int?
    @Option(
        help: ArgumentHelp(
            L(
                "Dossier de stockage ou base postgres://… (sinon celui de la configuration, $JALON_STORE, ~/.local/share/jalon).",
                "Store folder or postgres://… database (else the configuration's, $JALON_STORE, ~/.local/share/jalon)."), valueName: "DIR|URL"))
    var store: String?
    @Option(
        help: ArgumentHelp(
            L("Fichier de configuration JSON (jetons, limites, journal).", "JSON configuration file (tokens, limits, journal)."), valueName: "FILE"))
    var config: String?

    func validate() throws {
        if let port, !(0...65_535).contains(port) {
            throw ValidationError(L("--port attend un nombre de 0 à 65535", "--port expects a number from 0 to 65535"))
        }
    }

    func run() async throws {
        var configuration = ServerConfiguration()
        var services: ServerServices?
        let (host, port, store) = (host, port, store)
        let overrides: @Sendable (inout ServerConfiguration) -> Void = { configuration in
            if let host { configuration.host = host }
            if let port { configuration.port = port }
            if let store { configuration.store = store }
        }
        try reportingFailures {
            if let config { configuration = try ServerConfiguration.load(contentsOf: config) }
            overrides(&configuration)
            let location = StoreLocation.resolve(explicit: configuration.store)
            let opened = try OpenedStore(location: location)
            services = try opened.services(configuration: configuration)
            if case .file(let files) = opened {
                for (path, mode) in StorePermissions.widerThanOwner(under: files.root) {
                    writeStandardError(
                        L(
                            "jalon serve : \(path) est accessible à d’autres que son propriétaire (mode \(String(mode, radix: 8))) ; attendu 0600 (fichier) ou 0700 (dossier)",
                            "jalon serve: \(path) is open to others than its owner (mode \(String(mode, radix: 8))); expected 0600 (file) or 0700 (folder)"))
                }
            }
            if configuration.tokens.isEmpty {
                writeStandardError(
                    L(
                        "jalon serve : aucun jeton configuré, seules /health et /openapi.yaml répondront (voir jalon serve token)",
                        "jalon serve: no token configured, only /health and /openapi.yaml will answer (see jalon serve token)"))
            }
        }
        let address = configuration.host
        let app = JalonApplication.application(
            services: services!, host: address, port: configuration.port,
            logger: Logger(label: "jalon.serve", factory: JSONLogHandler.init)
        ) { port in
            // The one line a supervisor (or a test) reads to find the port.
            try? FileHandle.standardOutput.write(
                contentsOf: Data(
                    (L(
                        "jalon serve : écoute sur http://\(address):\(port)",
                        "jalon serve: listening on http://\(address):\(port)") + "\n").utf8))
        }
        // kill -HUP: the configuration file read again, connections kept (ConfigurationReload).
        let hangUp = config.map { ConfigurationReload(path: $0, running: configuration, settings: services!.settings, overrides: overrides).watchHangUp() }
        defer { hangUp?.cancel() }
        do {
            try await app.runService()
        } catch {
            printError(L("le serveur s’est arrêté : \(error)", "the server stopped: \(error)"))
            throw ExitCode(JalonExitCode.ioError)
        }
    }
}
