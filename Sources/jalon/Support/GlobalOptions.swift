import ArgumentParser
import JalonLocale
import JalonStore

/// Options every command takes.
struct GlobalOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        L("Dossier de stockage des projets (sinon $JALON_STORE, sinon ~/.local/share/jalon).",
          "Folder where projects are stored (else $JALON_STORE, else ~/.local/share/jalon)."),
        valueName: "DIR"))
    var store: String?

    @Option(name: .long, help: ArgumentHelp(L("Langue des messages : fr ou en.", "Message language: fr or en."), valueName: "LANG"))
    var lang: Language?

    var storePath: String { StoreLocation.resolve(explicit: store) }

    func openStore() throws(StoreError) -> FileProjectStore {
        try FileProjectStore(root: storePath)
    }

    func repository() throws(StoreError) -> ProjectRepository {
        ProjectRepository(store: try openStore())
    }
}

extension Language: ExpressibleByArgument {}
