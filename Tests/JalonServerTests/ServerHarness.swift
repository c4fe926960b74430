import Foundation
import Hummingbird
import HummingbirdTesting
import JalonServer
import JalonStore
import Logging
import Synchronization

/// A server over a private store folder, with one token per test caller, driven in-process.
final class ServerHarness: Sendable {
    /// Callers: two people, two counsellors, two portals.
    enum Who: String, CaseIterable, Sendable {
        case person = "personne-1", otherPerson = "personne-2"
        case counsellor = "conseillere-1", otherCounsellor = "conseiller-2"
        case portal = "portail-1", otherPortal = "portail-2"

        var role: Role {
            switch self {
            case .person, .otherPerson: .person
            case .counsellor, .otherCounsellor: .counsellor
            case .portal, .otherPortal: .portal
            }
        }
        var token: String { "jalon_test_" + rawValue }
    }

    let root: String
    let services: ServerServices
    let logs = LogCapture()

    /// `catalogue`: the process's shared one by default (loaded once for all tests).
    /// `sharing`: another harness whose store folder this one serves too (a second server over one store).
    init(
        // Renders at normal priority: the suite keeps both cores busy, and an idle-class render would wait
        // it out (PDFFloodTests checks the idle class, the default, through the binary).
        limits: ServerConfiguration.Limits = .init(requestTimeoutSeconds: 120, requestsPerMinute: 100_000, pdfRenderPriority: .normal),
        catalogue: CatalogueCache = .shared,
        rateLimiter: RateLimiter? = nil, sharing other: ServerHarness? = nil, cors: CORSPolicy = CORSPolicy()
    ) throws {
        root = other?.root ?? FileManager.default.temporaryDirectory.appendingPathComponent("jalon-server-\(UUID().uuidString.lowercased())").path
        owner = other == nil
        let configuration = ServerConfiguration(
            limits: limits,
            tokens: Who.allCases.map {
                .init(sha256: BearerToken.sha256Hex($0.token), role: $0.role, subject: $0.rawValue)
            }, cors: cors)
        services = try JalonApplication.services(
            configuration: configuration, storeRoot: root, catalogue: catalogue,
            rateLimiter: rateLimiter)
    }

    /// Whether this harness made the folder (and removes it).
    private let owner: Bool

    deinit { if owner { try? FileManager.default.removeItem(atPath: root) } }

    var journalPath: String { root + "/journal.jsonl" }

    func application() -> some ApplicationProtocol {
        JalonApplication.application(services: services, host: "127.0.0.1", port: 0, logger: logs.logger)
    }

    /// Runs `body` against the router, in-process (no socket).
    func withClient<Value: Sendable>(_ mode: TestingSetup = .router, _ body: @Sendable (Client) async throws -> Value) async throws -> Value {
        try await application().test(mode) { client in try await body(Client(client: client)) }
    }

    /// The test client with the callers' tokens and JSON bodies.
    struct Client: Sendable {
        let client: any TestClientProtocol

        @discardableResult
        func send(
            _ method: HTTPRequest.Method, _ uri: String, as who: Who? = nil, json: String? = nil, xml: String? = nil,
            headers extra: HTTPFields = [:]
        ) async throws -> TestResponse {
            var headers = extra
            if let who { headers[.authorization] = "Bearer \(who.token)" }
            var body: ByteBuffer?
            if let json {
                headers[.contentType] = "application/json"
                body = ByteBuffer(string: json)
            } else if let xml {
                headers[.contentType] = "application/xml"
                body = ByteBuffer(string: xml)
            }
            return try await client.execute(uri: uri, method: method, headers: headers, body: body)
        }

        /// A project created by `portal`, linked to the person and the first counsellor; returns its id.
        func createProject(
            name: String = "Sophie", by portal: Who = .portal, person: Who = .person,
            counsellors: [Who] = [.counsellor]
        ) async throws -> String {
            let list = counsellors.map { "\"\($0.rawValue)\"" }.joined(separator: ",")
            let response = try await send(
                .post, "/v1/projects", as: portal,
                json: #"{"displayName": "\#(name)", "person": "\#(person.rawValue)", "counsellors": [\#(list)]}"#)
            guard response.status == .created, let id = try response.json()["id"] as? String else {
                throw HarnessError.unexpected(response.status.code, response.text)
            }
            return id
        }

        /// The current ETag of a project, read by the person.
        func etag(_ id: String, as who: Who = .person) async throws -> String {
            let response = try await send(.get, "/v1/projects/\(id)", as: who)
            guard let etag = response.headers[.eTag] else { throw HarnessError.unexpected(response.status.code, response.text) }
            return etag
        }
    }

    enum HarnessError: Error { case unexpected(Int, String) }
}

extension TestResponse {
    var text: String { String(buffer: body) }
    func json() throws -> [String: Any] { try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any] ?? [:] }
    func jsonArray() throws -> [[String: Any]] { try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [[String: Any]] ?? [] }

    /// The RFC 9457 problem of an error response, checked to be one.
    func problem() throws -> [String: Any] {
        guard headers[.contentType] == "application/problem+json" else { throw ServerHarness.HarnessError.unexpected(status.code, "not a problem: " + text) }
        return try json()
    }
}

/// Every log record the server writes, kept in memory for inspection.
final class LogCapture: Sendable {
    struct Record: Sendable {
        var level: Logger.Level
        var message: String
        var metadata: [String: String]
        /// Everything the record says, to search for what must not be there.
        var all: String { ([message] + metadata.map { "\($0.key)=\($0.value)" }).joined(separator: " ") }
    }

    private let storage = Mutex<[Record]>([])
    var records: [Record] { storage.withLock { $0 } }

    var logger: Logger {
        var logger = Logger(label: "jalon.test") { _ in Handler(capture: self) }
        logger.logLevel = .trace
        return logger
    }

    fileprivate func append(_ record: Record) { storage.withLock { $0.append(record) } }

    struct Handler: LogHandler {
        let capture: LogCapture
        var logLevel: Logger.Level = .trace
        var metadata: Logger.Metadata = [:]

        subscript(metadataKey key: String) -> Logger.Metadata.Value? {
            get { metadata[key] }
            set { metadata[key] = newValue }
        }

        func log(event: LogEvent) {
            let merged = metadata.merging(event.metadata ?? [:]) { $1 }
            capture.append(Record(level: event.level, message: "\(event.message)", metadata: merged.mapValues { "\($0)" }))
        }
    }
}
