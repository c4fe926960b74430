import Foundation
import Synchronization
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Several stateless servers over one PostgreSQL, as several machines would run: two `jalon serve`
/// processes, writers on both, one server SIGKILLed mid-write. Nothing acknowledged is lost, conflicts
/// are 412, and neither server ever serves a revision older than what the other wrote.
@Suite("Two jalon serve processes over one PostgreSQL", .serialized,
       .enabled(if: PostgresTestCluster.url != nil, "PostgreSQL not configured: set JALON_TEST_POSTGRES (.ci/postgres-start prints one)"))
struct PostgresServersTests {
    let folder = ScratchFolder()
    let store = PostgresTestCluster.freshStore()

    struct Servers {
        let first: ServerProcess, second: ServerProcess
        let portal: String, person: String
    }

    /// Tokens for a portal and a person, a configuration (its own journal) per server, both servers started.
    func startServers() throws -> Servers {
        let jalon = JalonProcess(store: store)
        let portal = try jalon.run(arguments: ["serve", "token", "--role", "portal", "--subject", "portail"], withStore: false)
        let person = try jalon.run(arguments: ["serve", "token", "--role", "person", "--subject", "personne"], withStore: false)
        let portalLines = portal.stdout.split(separator: "\n"), personLines = person.stdout.split(separator: "\n")
        var servers: [ServerProcess] = []
        for name in ["a", "b"] {
            let config = folder.path + "/serve-\(name).json"
            let journal = folder.path + "/journal-\(name).jsonl"
            try Data(#"{"tokens": [\#(portalLines[1]), \#(personLines[1])], "journal": "\#(journal)"}"#.utf8)
                .write(to: URL(fileURLWithPath: config))
            servers.append(try ServerProcess(arguments: ["serve", "--port", "0", "--store", store, "--config", config]))
        }
        return Servers(first: servers[0], second: servers[1], portal: String(portalLines[0]), person: String(personLines[0]))
    }

    /// Reads the paragraphs through `base`, appends `paragraph` with If-Match; true when acknowledged
    /// (200), false on 412, throws on anything else (a dead server among them).
    static func append(_ paragraph: String, to id: String, at base: String, token: String) async throws -> Bool {
        let read = try await ServeCommandTests.http("GET", base + "/v1/projects/\(id)", token: token)
        guard read.status == 200, let etag = read.etag else { throw Failure(status: read.status) }
        let paragraphs = (try JSONSerialization.jsonObject(with: read.body) as? [String: Any])?["synthese"] as? [String] ?? []
        let body = try JSONSerialization.data(withJSONObject: ["paragraphes": paragraphs + [paragraph]])
        let put = try await ServeCommandTests.http("PUT", base + "/v1/projects/\(id)/sections/synthese", token: token,
                                                   ifMatch: etag, body: String(decoding: body, as: UTF8.self))
        if put.status == 200 { return true }
        guard put.status == 412 else { throw Failure(status: put.status) }
        return false
    }

    struct Failure: Error { let status: Int }

    static func paragraphs(of id: String, at base: String, token: String) async throws -> (etag: String?, paragraphs: [String]) {
        let read = try await ServeCommandTests.http("GET", base + "/v1/projects/\(id)", token: token)
        #expect(read.status == 200)
        return (read.etag, (try JSONSerialization.jsonObject(with: read.body) as? [String: Any])?["synthese"] as? [String] ?? [])
    }

    @Test("writers on both servers: every acknowledged paragraph kept, conflicts 412, reads never stale")
    func concurrentWritersOnTwoServers() async throws {
        let servers = try startServers()
        defer { servers.first.stop(); servers.second.stop() }
        let (a, b) = ("http://127.0.0.1:\(servers.first.port)", "http://127.0.0.1:\(servers.second.port)")
        let created = try await ServeCommandTests.http("POST", a + "/v1/projects", token: servers.portal,
                                                       body: #"{"displayName": "Léa", "person": "personne"}"#)
        #expect(created.status == 201)
        let id = try #require((try JSONSerialization.jsonObject(with: created.body) as? [String: Any])?["id"] as? String)
        let rounds = 6
        let acknowledged = try await withThrowingTaskGroup(of: [String].self) { group in
            for (base, writer) in [(a, "A1"), (a, "A2"), (b, "B1"), (b, "B2")] {
                group.addTask {
                    var mine: [String] = []
                    for round in 0..<rounds {
                        while try await !Self.append("\(writer)-\(round)", to: id, at: base, token: servers.person) {}
                        mine.append("\(writer)-\(round)")
                        // The other server must see this write at once: its cache is checked against the store.
                        let other = base == a ? b : a
                        #expect(try await Self.paragraphs(of: id, at: other, token: servers.person).paragraphs.contains("\(writer)-\(round)"))
                    }
                    return mine
                }
            }
            return try await group.reduce(into: [String]()) { $0 += $1 }
        }
        let (etagA, throughA) = try await Self.paragraphs(of: id, at: a, token: servers.person)
        let (etagB, throughB) = try await Self.paragraphs(of: id, at: b, token: servers.person)
        #expect(etagA == "\"r\(1 + 4 * rounds)\"" && etagA == etagB)
        #expect(throughA == throughB)
        #expect(Set(throughA) == Set(acknowledged) && throughA.count == 4 * rounds)
    }

    @Test("one server SIGKILLed mid-write: nothing it acknowledged is lost, the other keeps serving")
    func aServerKilledMidWriteLosesNothingAcknowledged() async throws {
        let servers = try startServers()
        defer { servers.first.stop(); servers.second.stop() }
        let (a, b) = ("http://127.0.0.1:\(servers.first.port)", "http://127.0.0.1:\(servers.second.port)")
        let created = try await ServeCommandTests.http("POST", b + "/v1/projects", token: servers.portal,
                                                       body: #"{"displayName": "Léa", "person": "personne"}"#)
        let id = try #require((try JSONSerialization.jsonObject(with: created.body) as? [String: Any])?["id"] as? String)
        // A writer on the doomed server, another on the survivor; the first is killed after a few acknowledgements.
        // The kill waits for the doomed server's first acknowledgement: the two writers race on one
        // project, and the doomed one may lose every compare-and-set before round 4 under load.
        let doomedCount = AcknowledgementCount()
        let doomed = Task { () -> [String] in
            var acknowledged: [String] = []
            for round in 0..<10_000 {
                do {
                    if try await Self.append("A-\(round)", to: id, at: a, token: servers.person) {
                        acknowledged.append("A-\(round)")
                        doomedCount.value.withLock { $0 += 1 }
                    }
                } catch { break }
            }
            return acknowledged
        }
        let survivor = Task { () -> [String] in
            var acknowledged: [String] = [], killed = false
            func killOnceAcknowledged() {
                guard !killed, doomedCount.value.withLock({ $0 }) > 0 else { return }
                kill(servers.first.process.processIdentifier, SIGKILL)
                killed = true
            }
            for round in 0..<12 {
                while try await !Self.append("B-\(round)", to: id, at: b, token: servers.person) {}
                acknowledged.append("B-\(round)")
                if round >= 4 { killOnceAcknowledged() }
            }
            while !killed {
                try await Task.sleep(for: .milliseconds(20))
                killOnceAcknowledged()
            }
            return acknowledged
        }
        let survivorAcknowledged = try await survivor.value
        let doomedAcknowledged = await doomed.value
        #expect(servers.first.waitForExit() == SIGKILL)
        let (_, final) = try await Self.paragraphs(of: id, at: b, token: servers.person)
        #expect(Set(survivorAcknowledged).isSubset(of: Set(final)))
        #expect(!doomedAcknowledged.isEmpty && Set(doomedAcknowledged).isSubset(of: Set(final)))
        // At most the write in flight at the kill may have committed without its answer reaching the client.
        let unacknowledged = Set(final).subtracting(survivorAcknowledged + doomedAcknowledged)
        #expect(unacknowledged.count <= 1 && unacknowledged.allSatisfy { $0.hasPrefix("A-") })
        #expect(try await ServeCommandTests.http("GET", b + "/health").status == 200)
        let verified = try JalonProcess(store: store).run("verify")
        #expect(verified.status == 0, "\(verified.stderr)")
    }
}

/// Acknowledgements counted by one task and read by another.
private final class AcknowledgementCount: Sendable {
    let value = Mutex<Int>(0)
}
