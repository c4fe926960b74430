import ArgumentParser
import JalonLocale
import JalonPostgresStore
import JalonStore

/// Options every command takes.
struct GlobalOptions: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp(
            L(
                "Dossier de stockage des projets, ou base postgres://UTILISATEUR@HÔTE/BASE (mot de passe : $JALON_STORE_PASSWORD ou $JALON_STORE_PASSWORD_FILE) ; sinon $JALON_STORE, sinon ~/.local/share/jalon.",
                "Folder where projects are stored, or a postgres://USER@HOST/DATABASE database (password: $JALON_STORE_PASSWORD or $JALON_STORE_PASSWORD_FILE); else $JALON_STORE, else ~/.local/share/jalon."
            ),
            valueName: "DIR|URL"))
    var store: String?

    @Option(name: .long, help: ArgumentHelp(L("Langue des messages : fr ou en.", "Message language: fr or en."), valueName: "LANG"))
    var lang: Language?

    var storePath: String { StoreLocation.resolve(explicit: store) }

    func openStore() throws(StoreError) -> OpenedStore {
        try OpenedStore(location: storePath)
    }

    func repository() throws(StoreError) -> ProjectRepository {
        ProjectRepository(store: try openStore().store)
    }
}

extension Language: ExpressibleByArgument {}
