import JalonStore

/// The one place the server names its file backends: everything else sees `ProjectStore` and
/// `ProjectLinkStore` only, so a shared database can replace both (README, « Passer à plusieurs machines »).
extension JalonApplication {
    /// The services over a file store folder: projects and links in it, the journal in it unless
    /// `configuration.journal` says otherwise.
    public static func services(configuration: ServerConfiguration, storeRoot: String,
                                catalogue: CatalogueCache = .shared, rateLimiter: RateLimiter? = nil) throws -> ServerServices {
        let store = try FileProjectStore(root: storeRoot)
        return ServerServices(store: store, links: try FileProjectLinkStore(storeRoot: storeRoot),
                              tokens: TokenDirectory(configuration.tokens), limits: configuration.limits,
                              journal: try AccessJournal(path: configuration.journal ?? storeRoot + "/journal.jsonl"),
                              rateLimiter: rateLimiter, catalogue: catalogue,
                              web: WebSessions(store: try FileWebSessionStore(storeRoot: storeRoot),
                                               secureCookies: configuration.publicURL?.lowercased().hasPrefix("https://") == true),
                              publicURL: configuration.publicURL, cors: configuration.cors)
    }
}
