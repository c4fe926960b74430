import Foundation
import Hummingbird
import HummingbirdTesting
import JalonCore
import Synchronization
import Testing

@testable import JalonServer

/// What operators see (`/metrics`, `/ready`) and what keeps one kind of work from starving the rest.
@Suite("Metrics, readiness and bounded PDF renders")
struct MetricsAndLimitsTests {
    @Test("/metrics counts requests by route pattern and times store operations; never a project id")
    func metricsByRoutePattern() async throws {
        let server = try ServerHarness()
        try await server.withClient { client in
            let id = try await client.createProject()
            _ = try await client.send(.get, "/v1/projects/\(id)", as: .person)
            let metrics = try await client.send(.get, "/metrics")
            #expect(metrics.status == .ok)
            #expect(metrics.headers[.contentType]?.hasPrefix("text/plain; version=0.0.4") == true)
            let text = metrics.text
            #expect(text.contains(#"jalon_http_requests_total{method="GET",route="/v1/projects/{id}",status="200"}"#))
            #expect(text.contains(#"jalon_http_request_duration_seconds_bucket{route="/v1/projects/{id}""#))
            #expect(text.contains(#"jalon_store_operation_duration_seconds_count{operation="create"}"#))
            #expect(text.contains("jalon_blocking_tasks_in_flight"))
            #expect(!text.contains(id))
        }
    }

    @Test("/ready says the store answers and the catalogue is loaded")
    func readiness() async throws {
        let server = try ServerHarness()
        try await server.withClient { client in
            let ready = try await client.send(.get, "/ready")
            #expect(ready.status == .ok)
            #expect(try ready.json()["status"] as? String == "ready")
        }
    }

    /// Renders past the limit are refused at once (503, Retry-After), and a render in flight holds none
    /// of the blocking pool's threads: store work still runs.
    @Test("a PDF render past the limit gets 503 with Retry-After; renders never hold the store's pool")
    func rendersAreBoundedApartFromTheStorePool() async throws {
        let slots = RenderSlots(capacity: 2)
        let release = DispatchSemaphore(value: 0)
        // A class holds the counter: a Mutex itself cannot be captured by the render closures.
        final class Counter: Sendable { let value = Mutex(0) }
        let started = Counter()
        let renders = (0..<2).map { _ in
            Task { [started, release] in
                try await slots.run(.fr) {
                    started.value.withLock { $0 += 1 }; release.wait(); return 1
                }
            }
        }
        // Wait until both renders run (each on its own thread).
        for _ in 0..<2_000 where started.value.withLock({ $0 }) < 2 { try await Task.sleep(for: .milliseconds(5)) }
        #expect(started.value.withLock { $0 } == 2)
        do {
            _ = try await slots.run(.fr) { 0 }
            Issue.record("a third render was accepted")
        } catch let problem as Problem {
            #expect(problem.status == .serviceUnavailable)
            #expect(problem.headers[.retryAfter] == String(RenderSlots.retryAfterSeconds))
        }
        // Both renders are blocked, yet the blocking pool still serves store work at once.
        let start = ContinuousClock.now
        #expect(try await Blocking.run { 42 } == 42)
        // Not a timing test: held by the renders, the pool would not answer before they are released.
        #expect(ContinuousClock.now - start < .seconds(60))
        release.signal()
        release.signal()
        for render in renders { #expect(try await render.value == 1) }
        #expect(try await slots.run(.fr) { 3 } == 3)  // slots are given back
    }
}

/// Tokens with an expiry, and the new limits read from the configuration file.
@Suite("Token expiry and connection limits in the configuration")
struct TokenExpiryAndLimitsConfigurationTests {
    @Test("a token is refused from its expiry on; a malformed expiry names its field")
    func expiry() throws {
        let token = BearerToken.generate()
        let entry = ServerConfiguration.TokenEntry(
            sha256: BearerToken.sha256Hex(token), role: .person, subject: "p",
            expires: "2030-01-01T00:00:00Z")
        let before = TokenDirectory([entry], now: { Timestamp(iso8601: "2029-12-31T23:59:59Z")! })
        let after = TokenDirectory([entry], now: { Timestamp(iso8601: "2030-01-01T00:00:00Z")! })
        #expect(before.caller(presenting: token)?.subject == "p")
        #expect(after.caller(presenting: token) == nil)

        let hash = String(repeating: "ab", count: 32)
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("jalon-config-\(UUID().uuidString).json").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        FileManager.default.createFile(
            atPath: path,
            contents: Data(
                """
                {"limits": {"pdfRenders": 3, "idleTimeoutSeconds": 5, "maxConnections": 100},
                 "tokens": [{"sha256": "\(hash)", "role": "person", "subject": "p", "expires": "demain"}]}
                """.utf8))
        #expect(throws: ConfigurationError.self) { try ServerConfiguration.load(contentsOf: path) }
        do { _ = try ServerConfiguration.load(contentsOf: path) } catch {
            #expect(error.message(in: .fr).contains("tokens[0].expires"))
        }
        FileManager.default.createFile(
            atPath: path,
            contents: Data(
                """
                {"limits": {"pdfRenders": 3, "idleTimeoutSeconds": 5, "maxConnections": 100}, "tokens": []}
                """.utf8))
        let limits = try ServerConfiguration.load(contentsOf: path).limits
        #expect(limits.pdfRenders == 3 && limits.idleTimeoutSeconds == 5 && limits.maxConnections == 100)
        #expect(limits.pdfRenderPriority == .idle, "renders yield to reads unless told otherwise")

        FileManager.default.createFile(atPath: path, contents: Data(#"{"limits": {"pdfRenderPriority": "normal"}, "tokens": []}"#.utf8))
        #expect(try ServerConfiguration.load(contentsOf: path).limits.pdfRenderPriority == .normal)
        FileManager.default.createFile(atPath: path, contents: Data(#"{"limits": {"pdfRenderPriority": "lente"}, "tokens": []}"#.utf8))
        do {
            _ = try ServerConfiguration.load(contentsOf: path)
            Issue.record("an unknown render priority was accepted")
        } catch {
            #expect(error.message(in: .fr).contains("pdfRenderPriority"), "\(error.message(in: .fr))")
        }
    }
}
