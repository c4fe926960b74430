import Foundation
import JalonCore
import JalonLocale

/// What `jalon serve --config FILE` reads (JSON). Command-line options override host, port and store.
///
///     {"host": "127.0.0.1", "port": 8080, "store": "/var/lib/jalon",
///      "journal": "/var/lib/jalon/journal.jsonl", "journalRetentionDays": 365,
///      "journalRotateBytes": 67108864, "journalRotateDays": 30,
///      "signingKey": "/etc/jalon/signing-key.pem",
///      "publicURL": "https://carnet.example.fr",
///      "cors": {"origins": ["https://portail.example.fr"], "maxAgeSeconds": 600},
///      "limits": {"maxBodyBytes": 1048576, "requestTimeoutSeconds": 10, "requestsPerMinute": 120, "pdfRenders": 2, "pdfRenderPriority": "idle",
///                 "idleTimeoutSeconds": 30, "maxConnections": 1024},
///      "tokens": [{"sha256": "<hex>", "role": "portal", "subject": "portail-bfc"}]}
public struct ServerConfiguration: Sendable, Equatable {
    public var host: String
    public var port: Int
    /// The store folder; nil: `StoreLocation` decides (`$JALON_STORE`, XDG).
    public var store: String?
    /// The access journal; nil: `journal.jsonl` in the store folder.
    public var journal: String?
    /// Journal lines older than this are purged when the server starts, then hourly (365 days by default).
    public var journalRetentionDays: Int
    /// A journal file is rotated (renamed with its date, a new one begun) past this size (64 MiB by
    /// default) or once its first line is `journalRotateDays` old (30 by default). File journals only.
    public var journalRotateBytes: Int
    public var journalRotateDays: Int
    /// The key file XML dossiers are signed with; nil: `STORE/keys/signing-key.pem`, created on first start.
    public var signingKey: String?
    public var limits: Limits
    public var tokens: [TokenEntry]
    /// Where browsers reach the server (behind a proxy): sign-in links are made absolute with it, and
    /// session cookies are `Secure` when it is https. Nil: links are paths, cookies plain (loopback use).
    public var publicURL: String?
    /// The web origins allowed to call the API from a browser; none by default.
    public var cors: CORSPolicy

    /// How a journal file is rotated (`journalRotateBytes`, `journalRotateDays`).
    public var journalRotation: FileJournalStorage.Rotation {
        FileJournalStorage.Rotation(maxBytes: journalRotateBytes, maxAgeSeconds: Int64(journalRotateDays) * 86_400)
    }

    /// Session cookies are `Secure` when browsers reach the server over https.
    public var secureCookies: Bool { publicURL?.lowercased().hasPrefix("https://") == true }

    public init(
        host: String = "127.0.0.1", port: Int = 8080, store: String? = nil, journal: String? = nil,
        journalRetentionDays: Int = 365, journalRotateBytes: Int = 64 << 20, journalRotateDays: Int = 30, signingKey: String? = nil,
        limits: Limits = Limits(), tokens: [TokenEntry] = [], publicURL: String? = nil, cors: CORSPolicy = CORSPolicy()
    ) {
        self.publicURL = publicURL
        self.cors = cors
        self.host = host
        self.port = port
        self.store = store
        self.journal = journal
        self.journalRetentionDays = journalRetentionDays
        self.journalRotateBytes = journalRotateBytes
        self.journalRotateDays = journalRotateDays
        self.signingKey = signingKey
        self.limits = limits
        self.tokens = tokens
    }

    public struct Limits: Sendable, Equatable, Codable {
        /// Larger bodies get 413 before they are read to the end.
        public var maxBodyBytes: Int
        /// A request still running after this gets 503 (the client re-reads before retrying).
        public var requestTimeoutSeconds: Double
        /// Per token, refilled continuously (a token bucket of this capacity).
        public var requestsPerMinute: Int
        /// Chromium processes printing PDFs at once; one more export gets 503 with Retry-After.
        public var pdfRenders: Int
        /// The CPU class of those renders (`RenderPriority`): idle by default, so reads go first.
        public var pdfRenderPriority: RenderPriority
        /// A connection that sends nothing for this long is closed (idle keep-alive, slow clients).
        public var idleTimeoutSeconds: Double
        /// Open connections at most; past it, new ones wait in the listen backlog.
        public var maxConnections: Int

        public init(
            maxBodyBytes: Int = 1 << 20, requestTimeoutSeconds: Double = 10, requestsPerMinute: Int = 600,
            pdfRenders: Int = 2, pdfRenderPriority: RenderPriority = .idle, idleTimeoutSeconds: Double = 30,
            maxConnections: Int = 1024
        ) {
            self.maxBodyBytes = maxBodyBytes
            self.requestTimeoutSeconds = requestTimeoutSeconds
            self.requestsPerMinute = requestsPerMinute
            self.pdfRenders = pdfRenders
            self.pdfRenderPriority = pdfRenderPriority
            self.idleTimeoutSeconds = idleTimeoutSeconds
            self.maxConnections = maxConnections
        }
    }

    /// One accepted bearer token, kept only as the SHA-256 of its text.
    public struct TokenEntry: Sendable, Equatable, Codable {
        public var sha256: String
        public var role: Role
        /// Who holds the token: a person's, counsellor's or portal's identifier, matched against project links.
        public var subject: String
        /// When the token stops being accepted (`YYYY-MM-DDThh:mm:ssZ`); nil: never.
        public var expires: String?

        public init(sha256: String, role: Role, subject: String, expires: String? = nil) {
            self.sha256 = sha256
            self.role = role
            self.subject = subject
            self.expires = expires
        }
    }
}

extension ServerConfiguration {
    /// Reads and checks a configuration file; every error names the field at fault.
    public static func load(contentsOf path: String) throws(ConfigurationError) -> ServerConfiguration {
        let data: Data
        do { data = try Data(contentsOf: URL(fileURLWithPath: path)) } catch {
            throw .unreadable(path: path)
        }
        return try decode(data, source: path)
    }

    static func decode(_ data: Data, source: String) throws(ConfigurationError) -> ServerConfiguration {
        let file: File
        do { file = try JSONDecoder().decode(File.self, from: data) } catch let error as DecodingError {
            throw ConfigurationError(decoding: error, source: source)
        } catch {
            throw .invalid(source: source, field: "", reason: .malformed)
        }
        let defaults = Limits()
        let limits = Limits(
            maxBodyBytes: file.limits?.maxBodyBytes ?? defaults.maxBodyBytes,
            requestTimeoutSeconds: file.limits?.requestTimeoutSeconds ?? defaults.requestTimeoutSeconds,
            requestsPerMinute: file.limits?.requestsPerMinute ?? defaults.requestsPerMinute,
            pdfRenders: file.limits?.pdfRenders ?? defaults.pdfRenders,
            pdfRenderPriority: file.limits?.pdfRenderPriority ?? defaults.pdfRenderPriority,
            idleTimeoutSeconds: file.limits?.idleTimeoutSeconds ?? defaults.idleTimeoutSeconds,
            maxConnections: file.limits?.maxConnections ?? defaults.maxConnections)
        let configuration = ServerConfiguration(
            host: file.host ?? "127.0.0.1", port: file.port ?? 8080, store: file.store,
            journal: file.journal, journalRetentionDays: file.journalRetentionDays ?? 365,
            journalRotateBytes: file.journalRotateBytes ?? 64 << 20,
            journalRotateDays: file.journalRotateDays ?? 30,
            signingKey: file.signingKey, limits: limits, tokens: file.tokens ?? [],
            publicURL: file.publicURL,
            cors: CORSPolicy(origins: file.cors?.origins ?? [], maxAgeSeconds: file.cors?.maxAgeSeconds ?? 600))
        try configuration.check(source: source)
        return configuration
    }

    func check(source: String) throws(ConfigurationError) {
        func fail(_ field: String, _ reason: ConfigurationError.Reason) -> ConfigurationError {
            .invalid(source: source, field: field, reason: reason)
        }
        guard (0...65_535).contains(port) else { throw fail("port", .outOfRange("0…65535")) }
        guard !host.isEmpty else { throw fail("host", .empty) }
        if let publicURL, URL(string: publicURL)?.host == nil || !(publicURL.hasPrefix("https://") || publicURL.hasPrefix("http://")) {
            throw fail("publicURL", .malformed)
        }
        guard journalRetentionDays > 0 else { throw fail("journalRetentionDays", .outOfRange("> 0")) }
        guard journalRotateBytes >= 4096 else { throw fail("journalRotateBytes", .outOfRange("≥ 4096")) }
        guard journalRotateDays > 0 else { throw fail("journalRotateDays", .outOfRange("> 0")) }
        for (index, origin) in cors.origins.enumerated() {
            if let expected = CORSPolicy.problem(with: origin) { throw fail("cors.origins[\(index)]", .outOfRange(expected)) }
        }
        guard (0...86_400).contains(cors.maxAgeSeconds) else { throw fail("cors.maxAgeSeconds", .outOfRange("0…86400")) }
        guard limits.maxBodyBytes > 0 else { throw fail("limits.maxBodyBytes", .outOfRange("> 0")) }
        guard limits.requestTimeoutSeconds > 0 else { throw fail("limits.requestTimeoutSeconds", .outOfRange("> 0")) }
        guard limits.requestsPerMinute > 0 else { throw fail("limits.requestsPerMinute", .outOfRange("> 0")) }
        guard (1...64).contains(limits.pdfRenders) else { throw fail("limits.pdfRenders", .outOfRange("1…64")) }
        guard limits.idleTimeoutSeconds > 0 else { throw fail("limits.idleTimeoutSeconds", .outOfRange("> 0")) }
        guard limits.maxConnections > 0 else { throw fail("limits.maxConnections", .outOfRange("> 0")) }
        var seen = Set<String>()
        for (index, token) in tokens.enumerated() {
            guard token.sha256.count == 64, token.sha256.allSatisfy(\.isHexDigit) else {
                throw fail("tokens[\(index)].sha256", .notSHA256)
            }
            guard !token.subject.trimmingCharacters(in: .whitespaces).isEmpty else { throw fail("tokens[\(index)].subject", .empty) }
            guard seen.insert(token.sha256.lowercased()).inserted else { throw fail("tokens[\(index)].sha256", .duplicate) }
            if let expires = token.expires, Timestamp(iso8601: expires) == nil {
                throw fail("tokens[\(index)].expires", .outOfRange("YYYY-MM-DDThh:mm:ssZ"))
            }
        }
    }

    /// The file's shape: everything optional but the tokens' fields, so a missing field gets its default.
    private struct File: Decodable {
        var host: String?
        var port: Int?
        var store: String?
        var journal: String?
        var journalRetentionDays: Int?
        var journalRotateBytes: Int?
        var journalRotateDays: Int?
        var signingKey: String?
        var limits: PartialLimits?
        var tokens: [TokenEntry]?
        var publicURL: String?
        var cors: PartialCORS?
    }

    private struct PartialCORS: Decodable {
        var origins: [String]?
        var maxAgeSeconds: Int?
    }

    private struct PartialLimits: Decodable {
        var maxBodyBytes: Int?
        var requestTimeoutSeconds: Double?
        var requestsPerMinute: Int?
        var pdfRenders: Int?
        var pdfRenderPriority: RenderPriority?
        var idleTimeoutSeconds: Double?
        var maxConnections: Int?
    }
}
