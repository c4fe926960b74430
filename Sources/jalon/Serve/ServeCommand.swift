import ArgumentParser

/// `jalon serve`: the HTTP API over a store folder (`serve run`, the default), and its tokens (`serve token`).
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: L("Sert l’API HTTP de Jalon sur un dossier de stockage.", "Serves Jalon's HTTP API over a store folder."),
        discussion: L(
            "Exemple : jalon serve --config serveur.json --port 8080 · jalon serve token --role portal --subject portail-bfc",
            "Example: jalon serve --config server.json --port 8080 · jalon serve token --role portal --subject portail-bfc"),
        subcommands: [ServeRunCommand.self, ServeTokenCommand.self],
        defaultSubcommand: ServeRunCommand.self)
}
