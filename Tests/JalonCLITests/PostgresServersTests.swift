import Foundation
import JalonPostgresStore
import Synchronization
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// Several stateless servers over one PostgreSQL, as several machines would run: two `jalon serve`
/// processes, writers on both, one server SIGKILLed mid-write. Nothing acknowledged is lost, conflicts
/// are 412, and neither server ever serves a revision older than what the other wrote.
@Suite(
    "Two jalon serve processes over one PostgreSQL", .serialized,
    .enabled(if: PostgresTestCluster.url != nil, "PostgreSQL not configured: set JALON_TEST_POSTGRES (.ci/postgres-start prints one)"))
struct PostgresServersTests {
    let folder = ScratchFolder()
    let store = PostgresTestCluster.freshStore()

    struct Servers {
        let first: ServerProcess, second: ServerProcess
        let portal: String, person: String
    }

    /// Tokens for a portal and a person, a configuration per server (the journal is the database's),
    /// both servers started.
    func startServers() throws -> Servers {
        let jalon = JalonProcess(store: store)
        let portal = try jalon.run(arguments: ["serve", "token", "--role", "portal", "--subject", "portail"], withStore: false)
        let person = try jalon.run(arguments: ["serve", "token", "--role", "person", "--subject", "personne"], withStore: false)
        let portalLines = portal.stdout.split(separator: "\n"), personLines = person.stdout.split(separator: "\n")
        var servers: [ServerProcess] = []
        for name in ["a", "b"] {
            let config = folder.path + "/serve-\(name).json"
            try Data(#"{"tokens": [\#(portalLines[1]), \#(personLines[1])]}"#.utf8).write(to: URL(fileURLWithPath: config))
            servers.append(try start(config: config))
        }
        return Servers(first: servers[0], second: servers[1], portal: String(portalLines[0]), person: String(personLines[0]))
    }

    func start(config: String) throws -> ServerProcess {
        try ServerProcess(arguments: ["serve", "--port", "0", "--store", store, "--config", config])
    }

    /// Reads the paragraphs through `base`, appends `paragraph` with If-Match; true when acknowledged
    /// (200), false on 412, throws on anything else (a dead server among them).
    static func append(_ paragraph: String, to id: String, at base: String, token: String) async throws -> Bool {
        let read = try await ServeCommandTests.http("GET", base + "/v1/projects/\(id)", token: token)
        guard read.status == 200, let etag = read.etag else { throw Failure(status: read.status) }
        let paragraphs = (try JSONSerialization.jsonObject(with: read.body) as? [String: Any])?["synthese"] as? [String] ?? []
        let body = try JSONSerialization.data(withJSONObject: ["paragraphes": paragraphs + [paragraph]])
        let put = try await ServeCommandTests.http(
            "PUT", base + "/v1/projects/\(id)/sections/synthese", token: token,
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
        let created = try await ServeCommandTests.http(
            "POST", a + "/v1/projects", token: servers.portal,
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
        let created = try await ServeCommandTests.http(
            "POST", b + "/v1/projects", token: servers.portal,
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

    /// What the web workbook and the journal keep is the database's, not a server's: a sign-in link
    /// made through one server is redeemed once through the other, the session it opens is valid on
    /// both and survives a restart, an erasure through either ends it, and every server's accesses are
    /// in the one journal.
    @Test("sign-in links, sessions and the journal are shared by the servers and survive a restart; erasure ends them")
    func sessionsLinksAndJournalAreShared() async throws {
        var servers = try startServers()
        defer { servers.first.stop(); servers.second.stop() }
        let b = "http://127.0.0.1:\(servers.second.port)"
        let created = try await ServeCommandTests.http(
            "POST", "http://127.0.0.1:\(servers.first.port)/v1/projects", token: servers.portal,
            body: #"{"displayName": "Léa", "person": "personne"}"#)
        let id = try #require((try JSONSerialization.jsonObject(with: created.body) as? [String: Any])?["id"] as? String)
        func link(at port: Int) async throws -> String {
            let made = try await ServeCommandTests.http(
                "POST", "http://127.0.0.1:\(port)/v1/sign-in-links", token: servers.portal,
                body: #"{"role": "person", "subject": "personne", "project": "\#(id)"}"#)
            #expect(made.status == 201)
            return try #require((try JSONSerialization.jsonObject(with: made.body) as? [String: Any])?["url"] as? String)
        }
        let path = try await link(at: servers.first.port)
        let signedIn = try WebRequest.get(path, port: servers.second.port)
        #expect(signedIn.status == 303, "\(signedIn.head)")
        let cookie = try #require(signedIn.cookie)
        #expect(try WebRequest.get(path, port: servers.first.port).status == 410)
        #expect(try WebRequest.get(path, port: servers.second.port).status == 410)
        #expect(try WebRequest.get("/carnet/\(id)", port: servers.first.port, cookie: cookie).status == 200)

        // A restart of the first server keeps the session; a link made before it is still good after it.
        let pending = try await link(at: servers.second.port)
        servers.first.stop()
        servers = Servers(
            first: try start(config: folder.path + "/serve-a.json"), second: servers.second,
            portal: servers.portal, person: servers.person)
        #expect(try WebRequest.get("/carnet/\(id)", port: servers.first.port, cookie: cookie).status == 200)

        // Erased through the second server: the session and the pending link open nothing on either.
        let unused = try await link(at: servers.first.port)
        #expect(try await ServeCommandTests.http("DELETE", b + "/v1/projects/\(id)", token: servers.portal).status == 204)
        for port in [servers.first.port, servers.second.port] {
            #expect(try WebRequest.get("/carnet/\(id)", port: port, cookie: cookie).status == 401)
        }
        #expect(try WebRequest.get(pending, port: servers.first.port).status == 410)
        #expect(try WebRequest.get(unused, port: servers.second.port).status == 410)

        // One journal for both: the creation through the first (before its restart), the erasure through the second.
        let journal = try PostgresAccessJournal(store: PostgresProjectStore(url: store)).entries()
        let operations = journal.map(\.operation)
        #expect(operations.first == "project.create" && operations.last == "project.erase", "\(operations)")
        #expect(operations.filter { $0 == "web.sign-in-link.create" }.count == 3, "\(operations)")
        #expect(!journal.contains { $0.project == id } && journal.contains { $0.project?.hasPrefix("hmac-sha256:") == true })
        #expect(!FileManager.default.fileExists(atPath: folder.path + "/journal.jsonl"))
    }

    /// The sibling of the file store's kill test (`CrashSafetyTests`), through the server: in each round
    /// a third server is started on the database, four writers append to a project each through it as
    /// fast as they can, and once they are under way it is SIGKILLed after a random delay (kills land
    /// before, during and after commits). Every acknowledged change is in the database afterwards, at most the one in flight per
    /// writer is there unacknowledged, and `jalon verify` finds the database intact.
    @Test("servers SIGKILLed during concurrent writes, round after round: every acknowledged revision is kept")
    func serversKilledDuringConcurrentWritesLoseNothingAcknowledged() async throws {
        let servers = try startServers()
        defer { servers.first.stop(); servers.second.stop() }
        let survivor = "http://127.0.0.1:\(servers.second.port)"
        var random = SystemRandomNumberGenerator()
        var totalAcknowledged = 0
        for round in 0..<4 {
            let doomed = try start(config: folder.path + "/serve-a.json")
            let base = "http://127.0.0.1:\(doomed.port)"
            var ids: [String] = []
            for _ in 0..<4 {
                let created = try await ServeCommandTests.http(
                    "POST", survivor + "/v1/projects", token: servers.portal,
                    body: #"{"displayName": "Léa", "person": "personne"}"#)
                ids.append(try #require((try JSONSerialization.jsonObject(with: created.body) as? [String: Any])?["id"] as? String))
            }
            let count = AcknowledgementCount()
            let writers = ids.enumerated().map { (index, id) in
                Task { () -> [String] in
                    var acknowledged: [String] = []
                    for write in 0..<100_000 {
                        do {
                            guard try await Self.append("r\(round)-w\(index)-\(write)", to: id, at: base, token: servers.person) else { break }
                            acknowledged.append("r\(round)-w\(index)-\(write)")
                            count.value.withLock { $0 += 1 }
                        } catch { break }
                    }
                    return acknowledged
                }
            }
            // Once the writers are under way (a first start-up is slow on a loaded machine), a random delay.
            let started = ContinuousClock.now
            while count.value.withLock({ $0 }) < 4, ContinuousClock.now - started < .seconds(60) { try await Task.sleep(for: .milliseconds(10)) }
            try await Task.sleep(for: .milliseconds(Int.random(in: 0..<500, using: &random)))
            kill(doomed.process.processIdentifier, SIGKILL)
            #expect(doomed.waitForExit() == SIGKILL)
            for (index, writer) in writers.enumerated() {
                let acknowledged = await writer.value
                let (etag, kept) = try await Self.paragraphs(of: ids[index], at: survivor, token: servers.person)
                // Appends only: the kept paragraphs are the acknowledged ones in order, plus at most the one in flight.
                #expect(Array(kept.prefix(acknowledged.count)) == acknowledged, "round \(round), writer \(index)")
                #expect(kept.count - acknowledged.count <= 1, "round \(round), writer \(index): \(kept.count) kept, \(acknowledged.count) acknowledged")
                #expect(etag == "\"r\(1 + kept.count)\"")
                totalAcknowledged += acknowledged.count
            }
        }
        #expect(totalAcknowledged > 0, "no write was ever acknowledged: the kills prove nothing")
        #expect(try await ServeCommandTests.http("GET", survivor + "/health").status == 200)
        let verified = try JalonProcess(store: store).run("verify")
        #expect(verified.status == 0, "\(verified.stderr)")
    }
}

/// A request to the web pages on a socket of its own (URLSession would follow the redirect and keep the
/// cookie): the status and the session cookie set, if any.
struct WebRequest {
    let head: String

    var status: Int { Int(head.split(separator: " ").dropFirst().first ?? "") ?? 0 }
    var cookie: String? {
        head.split(separator: "\r\n").first { $0.lowercased().hasPrefix("set-cookie: jalon_session=") }
            .map { String($0.dropFirst("set-cookie: ".count).prefix { $0 != ";" }) }
    }

    static func get(_ path: String, port: Int, cookie: String? = nil) throws -> WebRequest {
        let cookieLine = cookie.map { "Cookie: \($0)\r\n" } ?? ""
        let response = try LoopbackRequest(port: port, "GET \(path) HTTP/1.1\r\nHost: 127.0.0.1\r\n\(cookieLine)Connection: close\r\n\r\n").response()
        return WebRequest(head: response.components(separatedBy: "\r\n\r\n").first ?? "")
    }
}

/// Acknowledgements counted by one task and read by another.
private final class AcknowledgementCount: Sendable {
    let value = Mutex<Int>(0)
}
