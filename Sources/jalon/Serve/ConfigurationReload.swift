import Dispatch
import Foundation
import JalonLocale
import JalonServer

#if canImport(Glibc)
    import Glibc
#endif

/// `kill -HUP` on `jalon serve`: the configuration file is read again and what a running server can
/// take is applied at once (tokens, CORS list, per-request limits: `ServerSettings`), without closing
/// any connection; keys that need a restart are named. A file that does not read is refused, named
/// down to the field, and the running configuration stays.
final class ConfigurationReload: Sendable {
    let path: String
    /// The configuration as the server started, the command line's options applied.
    let running: ServerConfiguration
    let settings: ServerSettings
    /// The command line's host, port and store, which win over the file's as at start.
    let overrides: @Sendable (inout ServerConfiguration) -> Void

    init(
        path: String, running: ServerConfiguration, settings: ServerSettings,
        overrides: @escaping @Sendable (inout ServerConfiguration) -> Void
    ) {
        self.path = path
        self.running = running
        self.settings = settings
        self.overrides = overrides
    }

    func reload() {
        do {
            var fresh = try ServerConfiguration.load(contentsOf: path)
            overrides(&fresh)
            settings.reload(fresh)
            writeStandardError(
                L(
                    "jalon serve : configuration rechargée (\(path)) : jetons, origines CORS, limites par requête",
                    "jalon serve: configuration reloaded (\(path)): tokens, CORS origins, per-request limits"))
            let fixed = running.keysNeedingRestart(in: fresh)
            if !fixed.isEmpty {
                writeStandardError(
                    L(
                        "jalon serve : \(fixed.joined(separator: ", ")) : pris en compte au prochain démarrage seulement",
                        "jalon serve: \(fixed.joined(separator: ", ")): taken at the next start only"))
            }
        } catch {
            let why = (error as? any LocalizedFailure)?.message(in: RunLanguage.current) ?? String(describing: error)
            writeStandardError(
                L(
                    "jalon serve : configuration non rechargée, la précédente reste en vigueur : \(why)",
                    "jalon serve: configuration not reloaded, the previous one stays: \(why)"))
        }
    }

    /// Calls `reload` on each SIGHUP for as long as the returned source is kept.
    func watchHangUp() -> any DispatchSourceSignal {
        signal(SIGHUP, SIG_IGN)  // the default action would end the process
        let source = DispatchSource.makeSignalSource(signal: SIGHUP, queue: DispatchQueue(label: "jalon.serve.sighup"))
        source.setEventHandler { [self] in reload() }
        source.resume()
        return source
    }
}
