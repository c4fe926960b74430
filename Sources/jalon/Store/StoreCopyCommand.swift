import ArgumentParser
import Foundation
import JalonLocale
import JalonPostgresStore
import JalonStore

/// `jalon store copy --from DIR|URL --to DIR|URL`: every project and revision, metadata kept, fingerprints
/// checked on both sides; run again after an interruption, it continues where it stopped.
struct StoreCopyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "copy",
        abstract: L(
            "Copie tous les projets et révisions d’un stockage dans un autre (empreintes vérifiées, reprend où il s’est arrêté).",
            "Copies every project and revision from one store into another (fingerprints checked, resumes where it stopped)."),
        discussion: L(
            "Exemple : JALON_STORE_PASSWORD_FILE=/etc/jalon/pg jalon store copy --from ~/.local/share/jalon --to postgres://jalon@db.example/jalon",
            "Example: JALON_STORE_PASSWORD_FILE=/etc/jalon/pg jalon store copy --from ~/.local/share/jalon --to postgres://jalon@db.example/jalon"))

    @Option(help: ArgumentHelp(L("Stockage source : dossier ou postgres://…", "Source store: folder or postgres://…"), valueName: "DIR|URL"))
    var from: String
    @Option(help: ArgumentHelp(L("Stockage destination : dossier ou postgres://…", "Target store: folder or postgres://…"), valueName: "DIR|URL"))
    var to: String
    @Option(name: .long, help: ArgumentHelp(L("Langue des messages : fr ou en.", "Message language: fr or en."), valueName: "LANG"))
    var lang: Language?

    func run() throws {
        try reportingFailures {
            let source = try OpenedStore(location: StoreLocation.resolve(explicit: from))
            let target = try OpenedStore(location: StoreLocation.resolve(explicit: to))
            guard source.name != target.name else {
                throw CommandFailure(
                    message: L("la source et la destination sont le même stockage", "source and target are the same store"),
                    exitCode: JalonExitCode.usage)
            }
            let bar = isatty(2) == 1
            let report = try StoreCopy(from: source.store, to: target.store).run { done, total in
                if bar {
                    try? FileHandle.standardError.write(contentsOf: Data(("\r" + ProgressBar.render(done: done, total: total)).utf8))
                }
            }
            if bar { writeStandardError("") }
            print(
                L(
                    "\(report.projects) projet(s) : \(report.copied) révision(s) copiée(s), \(report.alreadyThere) déjà présente(s) ; empreintes vérifiées",
                    "\(report.projects) project(s): \(report.copied) revision(s) copied, \(report.alreadyThere) already there; fingerprints checked"))
        }
    }
}
