import Foundation
import Hummingbird
import HummingbirdTesting
import JalonCore
import JalonStore
import Testing

@testable import JalonServer

/// Problem details everywhere, and the limits: body size, rate, time.
@Suite("Server limits and errors")
struct LimitsAndErrorsTests {
    @Test("an unknown path is a 404 problem; a known path with another method is 405 with Allow")
    func unknownRouteAndMethod() async throws {
        let server = try ServerHarness()
        try await server.withClient { client in
            let unknown = try await client.send(.get, "/v2/nothing", as: .person)
            #expect(unknown.status == .notFound)
            #expect(try unknown.problem()["type"] as? String == "urn:jalon:problem:route-not-found")

            let wrongMethod = try await client.send(.delete, "/v1/projects/\(UUID().uuidString.lowercased())/notes", as: .person)
            #expect(wrongMethod.status == .methodNotAllowed)
            #expect(wrongMethod.headers[.allow] == "GET, POST")
            #expect(try wrongMethod.problem()["allowed"] as? [String] == ["GET", "POST"])
        }
    }

    @Test("a body over the limit is 413 before anything is saved")
    func bodyLimit() async throws {
        let server = try ServerHarness(limits: .init(maxBodyBytes: 256, requestsPerMinute: 1000))
        try await server.withClient { client in
            let big = #"{"displayName": ""# + String(repeating: "x", count: 400) + #""}"#
            let response = try await client.send(.post, "/v1/projects", as: .portal, json: big)
            #expect(response.status == .contentTooLarge)
            #expect(try response.problem()["maxBodyBytes"] as? Int == 256)
            #expect(try server.services.repository.store.projectIDs().isEmpty)
        }
    }

    @Test("past its budget a token gets 429 with Retry-After, and another token is not affected")
    func rateLimit() async throws {
        // Time stands still here, so a slow machine cannot refill the bucket between the requests.
        let server = try ServerHarness(rateLimiter: RateLimiter(requestsPerMinute: 3, clock: { 1000 }))
        try await server.withClient { client in
            for _ in 0..<3 { #expect(try await client.send(.get, "/v1/catalogue/fiches/J1501", as: .person).status == .ok) }
            let limited = try await client.send(.get, "/v1/catalogue/fiches/J1501", as: .person)
            #expect(limited.status == .tooManyRequests)
            let wait = try #require(limited.headers[.retryAfter].flatMap(Int.init))
            #expect(wait == 20)  // 3 per minute: one every 20 s
            #expect(try limited.problem()["retryAfterSeconds"] as? Int == wait)
            #expect(try await client.send(.get, "/v1/catalogue/fiches/J1501", as: .counsellor).status == .ok)
        }
    }

    @Test("the token bucket refills with time")
    func bucketRefills() {
        let now = TestClock()
        let limiter = RateLimiter(requestsPerMinute: 60, clock: { now.seconds })
        #expect((0..<60).allSatisfy { _ in limiter.take("a") == nil })
        #expect(limiter.take("a") == 1)
        now.seconds += 2
        #expect(limiter.take("a") == nil)
        #expect(limiter.take("a") == nil)
        #expect(limiter.take("a") != nil)
    }

    @Test("a request past the time limit gets a 503 timeout problem")
    func timeout() async throws {
        // The first catalogue request of a fresh cache loads the catalogue and builds its index: far more than a millisecond.
        let server = try ServerHarness(limits: .init(requestTimeoutSeconds: 0.001, requestsPerMinute: 1000), catalogue: CatalogueCache())
        try await server.withClient { client in
            let response = try await client.send(.get, "/v1/catalogue/search?q=aide%20soignant", as: .person)
            #expect(response.status == .serviceUnavailable)
            #expect(try response.problem()["type"] as? String == "urn:jalon:problem:timeout")
        }
    }

    @Test("JSON routes refuse another content type (415) and malformed JSON (400), as problems")
    func bodies() async throws {
        let server = try ServerHarness()
        try await server.withClient { client in
            let id = try await client.createProject()
            let text = try await client.send(.post, "/v1/projects/\(id)/links", as: .portal, headers: [.contentType: "text/plain"])
            #expect(text.status == .unsupportedMediaType)
            let broken = try await client.send(.post, "/v1/projects/\(id)/links", as: .portal, json: #"{"person": "#)
            #expect(broken.status == .badRequest)
            #expect(try broken.problem()["status"] as? Int == 400)
        }
    }

    @Test("problems are in English with Accept-Language: en")
    func english() async throws {
        let server = try ServerHarness()
        try await server.withClient { client in
            let response = try await client.send(.get, "/v1/dossiers", headers: [.acceptLanguage: "en-GB,en;q=0.9"])
            #expect(try response.problem()["title"] as? String == "Authentication required")
            let french = try await client.send(.get, "/v1/dossiers")
            #expect(try french.problem()["title"] as? String == "Authentification requise")
        }
    }
}

final class TestClock: @unchecked Sendable {
    var seconds: Double = 1000
}

/// How store and repository errors become problems (the mapping every route shares).
@Suite("Server error mapping")
struct ErrorMappingTests {
    @Test("the store's conflict is 412 with the current revision; a missing project 404; an I/O error 503")
    func storeErrors() {
        let id = ProjectID()
        let conflict = Problem.from(RepositoryError.store(.conflict(id, expected: 3, actual: 4)), .fr)
        #expect(conflict.status == .preconditionFailed)
        #expect(conflict.extensions["currentRevision"] == .int(4))
        #expect(conflict.headers[.eTag] == "\"r4\"")
        #expect(Problem.from(StoreError.projectNotFound(id), .fr).status == .notFound)
        #expect(Problem.from(StoreError.io(StoreIOError(operation: "write", path: "/x", code: EIO)), .en).status == .serviceUnavailable)
    }
}
