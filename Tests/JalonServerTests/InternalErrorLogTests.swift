import Foundation
import Hummingbird
import HummingbirdTesting
import JalonCore
import JalonStore
import Testing

@testable import JalonServer

/// Every 500, from the API or a web page, leaves one error log line naming the error's type — and
/// nothing of its text, which may hold content.
@Suite("500 responses are logged with their error type")
struct InternalErrorLogTests {
    /// A journal whose disk has gone: the API must answer 500 rather than serve an unrecorded access.
    struct JournalOffline: Error, CustomStringConvertible {
        var description: String { "texte-secret-du-journal" }
    }

    struct OfflineJournal: AccessJournalStorage {
        func append(_ entries: [AccessJournal.Entry]) throws { throw JournalOffline() }
        func purge(olderThan limit: Timestamp) throws {}
        func entries() throws -> [AccessJournal.Entry] { [] }
    }

    struct SessionsOffline: Error {}

    /// Sessions whose storage fails on every read.
    struct OfflineSessions: WebSessionStore {
        func save(_ session: WebSession, idHash: String) throws { throw SessionsOffline() }
        func session(idHash: String, now: Double) throws -> WebSession? { throw SessionsOffline() }
        func removeSession(idHash: String) throws { throw SessionsOffline() }
        func saveGrant(_ grant: SignInGrant, tokenHash: String) throws { throw SessionsOffline() }
        func redeemGrant(tokenHash: String, now: Double) throws -> SignInGrant? { throw SessionsOffline() }
        func removeAll(naming project: String) throws { throw SessionsOffline() }
        func removeExpired(now: Double) throws { throw SessionsOffline() }
    }

    @Test("an API request whose journal fails: 500 problem, one error line with the type, never the error's text")
    func apiInternalErrorIsLoggedByType() async throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("jalon-500-\(UUID().uuidString.lowercased())").path
        defer { try? FileManager.default.removeItem(atPath: root) }
        let token = "jalon_test_portail"
        let services = ServerServices(
            store: try FileProjectStore(root: root), links: try FileProjectLinkStore(storeRoot: root),
            tokens: TokenDirectory([.init(sha256: BearerToken.sha256Hex(token), role: .portal, subject: "portail")]),
            limits: .init(), journal: try AccessJournal(storage: OfflineJournal(), pseudonym: nil),
            web: WebSessions(store: OfflineSessions()))
        let logs = LogCapture()
        let app = JalonApplication.application(services: services, host: "127.0.0.1", port: 0, logger: logs.logger)
        try await app.test(.router) { client in
            let api = try await client.execute(uri: "/v1/dossiers", method: .get, headers: [.authorization: "Bearer \(token)"])
            #expect(api.status == .internalServerError)
            #expect(api.headers[.contentType] == "application/problem+json")
            let page = try await client.execute(uri: "/conseil", method: .get, headers: [.cookie: "jalon_session=abc"])
            #expect(page.status == .internalServerError)
        }
        let errors = logs.records.filter { $0.level == .error }
        #expect(errors.contains { $0.metadata["error.type"]?.contains("JournalOffline") == true }, "\(errors.map(\.all))")
        #expect(errors.contains { $0.metadata["error.type"]?.contains("SessionsOffline") == true }, "\(errors.map(\.all))")
        #expect(!logs.records.contains { $0.all.contains("texte-secret-du-journal") })
    }
}
