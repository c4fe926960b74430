import ArgumentParser
import Foundation
import JalonLocale

/// The `jalon` command: a person's professional project, step by step.
@main
@available(macOS 10.15, *)
struct Jalon: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "jalon",
        abstract: L("Construire son projet professionnel, étape par étape.", "Build your professional project, step by step."),
        discussion: L(
            """
            Jalon garde chaque projet dans un dossier local (le « store ») : --store DIR, sinon $JALON_STORE, \
            sinon le dossier de données XDG ($XDG_DATA_HOME/jalon, ~/.local/share/jalon).
            Les messages sont en français ; --lang en ou une locale anglaise les donne en anglais.
            Exemple : jalon demo
            """,
            """
            Jalon keeps each project in a local folder (the store): --store DIR, else $JALON_STORE, \
            else the XDG data folder ($XDG_DATA_HOME/jalon, ~/.local/share/jalon).
            Messages are in French; --lang en or an English locale gives them in English.
            Example: jalon demo
            """),
        version: "0.1.0",
        subcommands: JalonCommands.all
    )
}
