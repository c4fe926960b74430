import Foundation
import JalonDossier
import JalonServer
import JalonStore

/// A store named by `--store`, `$JALON_STORE` or a configuration's `store`: a folder (the file store) or
/// a `postgres://…` URL. The one place that tells them apart; the rest sees `ProjectStore`.
public enum OpenedStore: Sendable {
    case file(FileProjectStore)
    case postgres(PostgresProjectStore)

    /// `location` as `StoreLocation.resolve` gives it.
    public init(location: String) throws(StoreError) {
        if PostgresStoreURL.isPostgres(location) {
            self = .postgres(try PostgresProjectStore(url: location))
        } else {
            self = .file(try FileProjectStore(root: location))
        }
    }

    public var store: any RevisionCopying {
        switch self {
        case .file(let store): store
        case .postgres(let store): store
        }
    }

    /// How the store names itself in messages (a folder, or a URL without credentials).
    public var name: String {
        switch self {
        case .file(let store): store.root
        case .postgres(let store): store.url.description
        }
    }

    public func verify(format: ProjectFormat = .standard) throws(StoreError) -> StoreVerificationReport {
        switch self {
        case .file(let store): try store.verify(format: format)
        case .postgres(let store): try store.verify(format: format)
        }
    }

    public func links() throws -> any ProjectLinkStore {
        switch self {
        case .file(let store): try FileProjectLinkStore(storeRoot: store.root)
        case .postgres(let store): PostgresProjectLinkStore(store: store)
        }
    }

    /// The web workbook's sessions and sign-in links kept with the store (its folder, or its database,
    /// where every server shares them).
    public func webSessions() throws -> any WebSessionStore {
        switch self {
        case .file(let store): try FileWebSessionStore(storeRoot: store.root)
        case .postgres(let store): PostgresWebSessionStore(store: store)
        }
    }
}

extension OpenedStore {
    /// Where the access journal goes: `file` when the configuration names one, else the store's own
    /// (`journal.jsonl` in its folder, or `jalon_journal` in its database).
    public func journalStorage(file: String?, rotation: FileJournalStorage.Rotation? = nil) throws -> any AccessJournalStorage {
        if let file { return try FileJournalStorage(path: file, rotation: rotation) }
        switch self {
        case .file(let store): return try FileJournalStorage(path: FileJournalStorage.path(inStore: store.root), rotation: rotation)
        case .postgres(let store): return PostgresAccessJournal(store: store)
        }
    }

    /// The server's services over this store. On PostgreSQL everything every server must share is in
    /// the database: links, sessions and sign-in links, the access journal (unless the configuration
    /// names a `journal` file: then this instance's own), the signing key (unless the configuration
    /// names a key file).
    public func services(configuration: ServerConfiguration) throws -> ServerServices {
        switch self {
        case .file(let store):
            return try JalonApplication.services(configuration: configuration, storeRoot: store.root)
        case .postgres(let store):
            return ServerServices(
                store: store, links: PostgresProjectLinkStore(store: store),
                tokens: TokenDirectory(configuration.tokens), limits: configuration.limits,
                journal: try AccessJournal(
                    storage: try journalStorage(file: configuration.journal, rotation: configuration.journalRotation), pseudonym: try store.pseudonym(),
                    retentionDays: configuration.journalRetentionDays),
                web: WebSessions(store: PostgresWebSessionStore(store: store), secureCookies: configuration.secureCookies),
                publicURL: configuration.publicURL, cors: configuration.cors,
                signingKey: try configuration.signingKey.map { path in
                    guard let key = try DossierSigningKey.load(from: path) else { throw ConfigurationError.unreadable(path: path) }
                    return key
                }
                    ?? DossierSigningKey(
                        privateText: try store.signingKeyText { DossierSigningKey.fresh().privateText },
                        source: "jalon_secrets.signing-key"))
        }
    }
}
