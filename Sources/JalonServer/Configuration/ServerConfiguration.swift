import Foundation
import JalonLocale

/// What `jalon serve --config FILE` reads (JSON). Command-line options override host, port and store.
///
///     {"host": "127.0.0.1", "port": 8080, "store": "/var/lib/jalon",
///      "journal": "/var/lib/jalon/journal.jsonl", "journalRetentionDays": 365,
///      "signingKey": "/etc/jalon/signing-key.pem",
///      "limits": {"maxBodyBytes": 1048576, "requestTimeoutSeconds": 10, "requestsPerMinute": 120},
///      "tokens": [{"sha256": "<hex>", "role": "portal", "subject": "portail-bfc"}]}
public struct ServerConfiguration: Sendable, Equatable {
    public var host: String
    public var port: Int
    /// The store folder; nil: `StoreLocation` decides (`$JALON_STORE`, XDG).
    public var store: String?
    /// The access journal; nil: `journal.jsonl` in the store folder.
    public var journal: String?
    /// Journal lines older than this are purged (at start and daily); nil: kept 365 days.
    public var journalRetentionDays: Int
    /// The key file XML dossiers are signed with; nil: `STORE/keys/signing-key.pem`, created on first start.
    public var signingKey: String?
    public var limits: Limits
    public var tokens: [TokenEntry]

    public init(host: String = "127.0.0.1", port: Int = 8080, store: String? = nil, journal: String? = nil,
                journalRetentionDays: Int = 365, signingKey: String? = nil,
                limits: Limits = Limits(), tokens: [TokenEntry] = []) {
        self.host = host
        self.port = port
        self.store = store
        self.journal = journal
        self.journalRetentionDays = journalRetentionDays
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

        public init(maxBodyBytes: Int = 1 << 20, requestTimeoutSeconds: Double = 10, requestsPerMinute: Int = 600) {
            self.maxBodyBytes = maxBodyBytes
            self.requestTimeoutSeconds = requestTimeoutSeconds
            self.requestsPerMinute = requestsPerMinute
        }
    }

    /// One accepted bearer token, kept only as the SHA-256 of its text.
    public struct TokenEntry: Sendable, Equatable, Codable {
        public var sha256: String
        public var role: Role
        /// Who holds the token: a person's, counsellor's or portal's identifier, matched against project links.
        public var subject: String

        public init(sha256: String, role: Role, subject: String) {
            self.sha256 = sha256
            self.role = role
            self.subject = subject
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
        let limits = Limits(maxBodyBytes: file.limits?.maxBodyBytes ?? defaults.maxBodyBytes,
                            requestTimeoutSeconds: file.limits?.requestTimeoutSeconds ?? defaults.requestTimeoutSeconds,
                            requestsPerMinute: file.limits?.requestsPerMinute ?? defaults.requestsPerMinute)
        let configuration = ServerConfiguration(host: file.host ?? "127.0.0.1", port: file.port ?? 8080, store: file.store,
                                                journal: file.journal, journalRetentionDays: file.journalRetentionDays ?? 365,
                                                signingKey: file.signingKey, limits: limits, tokens: file.tokens ?? [])
        try configuration.check(source: source)
        return configuration
    }

    func check(source: String) throws(ConfigurationError) {
        func fail(_ field: String, _ reason: ConfigurationError.Reason) -> ConfigurationError {
            .invalid(source: source, field: field, reason: reason)
        }
        guard (0...65_535).contains(port) else { throw fail("port", .outOfRange("0…65535")) }
        guard !host.isEmpty else { throw fail("host", .empty) }
        guard journalRetentionDays > 0 else { throw fail("journalRetentionDays", .outOfRange("> 0")) }
        guard limits.maxBodyBytes > 0 else { throw fail("limits.maxBodyBytes", .outOfRange("> 0")) }
        guard limits.requestTimeoutSeconds > 0 else { throw fail("limits.requestTimeoutSeconds", .outOfRange("> 0")) }
        guard limits.requestsPerMinute > 0 else { throw fail("limits.requestsPerMinute", .outOfRange("> 0")) }
        var seen = Set<String>()
        for (index, token) in tokens.enumerated() {
            guard token.sha256.count == 64, token.sha256.allSatisfy(\.isHexDigit) else {
                throw fail("tokens[\(index)].sha256", .notSHA256)
            }
            guard !token.subject.trimmingCharacters(in: .whitespaces).isEmpty else { throw fail("tokens[\(index)].subject", .empty) }
            guard seen.insert(token.sha256.lowercased()).inserted else { throw fail("tokens[\(index)].sha256", .duplicate) }
        }
    }

    /// The file's shape: everything optional but the tokens' fields, so a missing field gets its default.
    private struct File: Decodable {
        var host: String?
        var port: Int?
        var store: String?
        var journal: String?
        var journalRetentionDays: Int?
        var signingKey: String?
        var limits: PartialLimits?
        var tokens: [TokenEntry]?
    }

    private struct PartialLimits: Decodable {
        var maxBodyBytes: Int?
        var requestTimeoutSeconds: Double?
        var requestsPerMinute: Int?
    }
}
