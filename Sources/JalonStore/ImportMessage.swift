import Foundation

/// The message of the revision `importDocument` creates: « Import de FILE », plus the migrations
/// applied. It names the file for the person's own history; a shared dossier quotes it without the file
/// name, which often holds the person's name (`sophie-martin.xml`).
public enum ImportMessage {
    static let prefix = "Import de "
    static let migrationsOpening = " (migré depuis le format "

    static func make(sourceName: String, originalVersion: FormatVersion, migrations: [String]) -> String {
        var message = prefix + (sourceName as NSString).lastPathComponent
        if !migrations.isEmpty {
            message += migrationsOpening + "\(originalVersion) : \(migrations.joined(separator: ", ")))"
        }
        return message
    }

    /// `message` with the imported file's name left out (« Import d’un fichier (migré …) »), or nil when
    /// `message` is not an import's.
    public static func withoutFileName(_ message: String) -> String? {
        guard message.hasPrefix(prefix) else { return nil }
        let migrations = message.range(of: migrationsOpening).map { String(message[$0.lowerBound...]) } ?? ""
        return "Import d’un fichier" + migrations
    }
}
