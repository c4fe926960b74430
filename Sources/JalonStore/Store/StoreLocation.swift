import Foundation

/// Where the store folder is: `--store DIR`, else `$JALON_STORE`, else the XDG data folder
/// (`$XDG_DATA_HOME/jalon`, by default `~/.local/share/jalon`). Personal data stays on this machine.
/// A `postgres://…` URL names a database store (JalonPostgresStore) and is kept as given.
public enum StoreLocation {
    public static func isURL(_ location: String) -> Bool {
        location.hasPrefix("postgres://") || location.hasPrefix("postgresql://")
    }

    public static func resolve(explicit: String?, environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        if let explicit, !explicit.isEmpty { return absolute(explicit) }
        if let fromEnvironment = environment["JALON_STORE"], !fromEnvironment.isEmpty { return absolute(fromEnvironment) }
        if let xdg = environment["XDG_DATA_HOME"], xdg.hasPrefix("/") { return xdg + "/jalon" }
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        return home + "/.local/share/jalon"
    }

    private static func absolute(_ path: String) -> String {
        if isURL(path) { return path }
        let expanded = (path as NSString).expandingTildeInPath
        return expanded.hasPrefix("/") ? expanded : FileManager.default.currentDirectoryPath + "/" + expanded
    }
}
