import Foundation
import JalonCatalogue
import JalonCore
import JalonDossier
import JalonStore
import Synchronization

/// What the routes work with. Every piece is behind a protocol or stateless, so the same server can run
/// several times over one shared store (docs/serveur.md, « Passer à plusieurs machines »): on PostgreSQL the
/// links, sessions, sign-in links and journal are the database's; the rate limiter is this process's own.
public struct ServerServices: Sendable {
    public let repository: ProjectRepository
    public let links: any ProjectLinkStore
    /// What SIGHUP reloads: tokens, per-request limits, CORS list (`ServerSettings`).
    public let settings: ServerSettings
    public var tokens: TokenDirectory { settings.tokens }
    public var limits: ServerConfiguration.Limits { settings.limits }
    public let journal: AccessJournal
    var rateLimiter: RateLimiter { settings.rateLimiter }
    /// PDF renders, bounded apart from the store's blocking pool (`limits.pdfRenders`).
    let renders: RenderSlots
    public let catalogue: CatalogueCache
    /// Browser sessions and sign-in links of the web workbook.
    public let web: WebSessions
    /// Where browsers reach this server (`ServerConfiguration.publicURL`): sign-in links are made absolute with it.
    public let publicURL: String?
    /// The web origins allowed to call the API (`ServerConfiguration.cors`).
    public var cors: CORSPolicy { settings.cors }
    /// The RIASEC questionnaire, loaded once per process.
    public let questionnaire = QuestionnaireCache.shared
    /// Decoded projects by their stored bytes: this process's own, right whatever other servers write.
    let projects = ProjectReadCache()
    /// The projects this process holds decoded in memory: after an erasure, never the erased one.
    public var cachedProjects: [ProjectID] { projects.ids }
    /// The key XML dossiers are signed with, published at `/.well-known/jalon-keys.pem`; nil: unsigned.
    public let signingKey: DossierSigningKey?
    /// Expired sessions and sign-in links removed at start, then every `sessionPurgeInterval`.
    private let sessionPurge: WebSessionPurge

    /// `catalogue`: the bundled catalogue, loaded once per process and shared by default.
    public init(
        store: any ProjectStore, links: any ProjectLinkStore, tokens: TokenDirectory,
        limits: ServerConfiguration.Limits, journal: AccessJournal, rateLimiter: RateLimiter? = nil,
        catalogue: CatalogueCache = .shared, web: WebSessions = WebSessions(store: MemoryWebSessionStore()), publicURL: String? = nil,
        cors: CORSPolicy = CORSPolicy(), signingKey: DossierSigningKey? = nil,
        sessionPurgeInterval: Duration = .seconds(3600)
    ) {
        settings = ServerSettings(
            tokens: tokens, limits: limits, cors: cors,
            rateLimiter: rateLimiter ?? RateLimiter(requestsPerMinute: limits.requestsPerMinute))
        repository = ProjectRepository(store: MeasuredProjectStore(store), generator: Generator(name: "jalon-serve", version: JalonVersion.current))
        self.links = links
        self.journal = journal
        renders = RenderSlots(capacity: limits.pdfRenders, priority: limits.pdfRenderPriority)
        self.catalogue = catalogue
        self.web = web
        self.publicURL = publicURL
        self.signingKey = signingKey
        sessionPurge = WebSessionPurge(store: web.store, every: sessionPurgeInterval)
    }
}

/// The bundled catalogue and its matching index, loaded on first use (mapped read-only: every request
/// shares them).
public final class CatalogueCache: Sendable {
    /// The one every server of this process shares.
    public static let shared = CatalogueCache()

    public init() {}

    struct Loaded: Sendable {
        let catalogue: Catalogue
        let index: MatchingIndex
    }

    private let loaded = Mutex<Loaded?>(nil)
    private let mapped = Mutex<Catalogue?>(nil)

    func get() throws -> Loaded {
        try loaded.withLock { loaded in
            if let loaded { return loaded }
            let catalogue = try self.catalogue()
            let value = Loaded(catalogue: catalogue, index: try catalogue.matchingIndex())
            loaded = value
            return value
        }
    }

    /// The catalogue alone, mapped on first use: what edits check codes against, without waiting for
    /// the matching index, which only ranking needs.
    func catalogue() throws -> Catalogue {
        try mapped.withLock { mapped in
            if let mapped { return mapped }
            let catalogue = try Catalogue.bundled()
            mapped = catalogue
            return catalogue
        }
    }
}

/// The bundled RIASEC questionnaire, read and checked against its schema on first use, then shared.
public final class QuestionnaireCache: Sendable {
    public static let shared = QuestionnaireCache()

    private let loaded = Mutex<Questionnaire?>(nil)

    func get() throws -> Questionnaire {
        try loaded.withLock { loaded in
            if let loaded { return loaded }
            let questionnaire = try QuestionnaireLoader.bundledRiasec()
            loaded = questionnaire
            return questionnaire
        }
    }
}
