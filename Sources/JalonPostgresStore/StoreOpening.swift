import Foundation
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
}

extension OpenedStore {
    /// The server's services over this store. On PostgreSQL the journal is this instance's own file
    /// (`journal` in the configuration, else `journal.jsonl` in the XDG data folder): each server keeps
    /// the record of the requests it answered.
    public func services(configuration: ServerConfiguration) throws -> ServerServices {
        switch self {
        case .file(let store):
            return try JalonApplication.services(configuration: configuration, storeRoot: store.root)
        case .postgres(let store):
            var environment = ProcessInfo.processInfo.environment
            environment["JALON_STORE"] = nil
            let journal = configuration.journal ?? StoreLocation.resolve(explicit: nil, environment: environment) + "/journal.jsonl"
            return ServerServices(store: store, links: PostgresProjectLinkStore(store: store),
                                  tokens: TokenDirectory(configuration.tokens), limits: configuration.limits,
                                  journal: try AccessJournal(path: journal), publicURL: configuration.publicURL, cors: configuration.cors)
        }
    }
}
