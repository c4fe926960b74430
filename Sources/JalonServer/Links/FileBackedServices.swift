import JalonDossier
import JalonStore

/// The one place the server names its file backends: everything else sees `ProjectStore` and
/// `ProjectLinkStore` only, so a shared database can replace both (docs/serveur.md, « Passer à plusieurs machines »).
extension JalonApplication {
    /// The services over a file store folder: projects and links in it, the journal in it unless
    /// `configuration.journal` says otherwise, and the signing key in it (created on first start)
    /// unless `configuration.signingKey` names a key file.
    public static func services(
        configuration: ServerConfiguration, storeRoot: String,
        catalogue: CatalogueCache = .shared, rateLimiter: RateLimiter? = nil
    ) throws -> ServerServices {
        let store = try FileProjectStore(root: storeRoot)
        return ServerServices(
            store: store, links: try FileProjectLinkStore(storeRoot: storeRoot),
            tokens: TokenDirectory(configuration.tokens), limits: configuration.limits,
            journal: try AccessJournal(
                path: configuration.journal ?? FileJournalStorage.path(inStore: storeRoot),
                pseudonym: StorePseudonym(storeRoot: storeRoot),
                retentionDays: configuration.journalRetentionDays,
                rotation: configuration.journalRotation),
            rateLimiter: rateLimiter, catalogue: catalogue,
            web: WebSessions(
                store: try FileWebSessionStore(storeRoot: storeRoot),
                secureCookies: configuration.secureCookies),
            publicURL: configuration.publicURL, cors: configuration.cors,
            signingKey: try signingKey(configuration: configuration, storeRoot: storeRoot))
    }
}

extension JalonApplication {
    /// The configured key file, which must exist; else the store's key, generated on first start so that
    /// every XML dossier the server exports is signed.
    public static func signingKey(configuration: ServerConfiguration, storeRoot: String) throws -> DossierSigningKey {
        if let path = configuration.signingKey {
            guard let key = try DossierSigningKey.load(from: path) else { throw ConfigurationError.unreadable(path: path) }
            return key
        }
        let path = DossierSigningKey.path(inStore: storeRoot)
        do {
            return try DossierSigningKey.load(from: path) ?? DossierSigningKey.generate(at: path)
        } catch DossierKeyError.exists(_) {
            // Another server on the same store made it first: theirs is the store's key.
            guard let key = try DossierSigningKey.load(from: path) else { throw DossierKeyError.unreadable(path) }
            return key
        }
    }
}
