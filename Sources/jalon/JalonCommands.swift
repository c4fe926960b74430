import ArgumentParser

/// Every subcommand of `jalon`, in the order `--help` lists them. Each command group lives in its own
/// file; adding a group is one line here.
enum JalonCommands {
    static let all: [any ParsableCommand.Type] = [
        CatalogueCommand.self,
    ]
}
