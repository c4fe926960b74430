import Foundation
import Testing

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif
#if canImport(Glibc)
    import Glibc
#endif

/// `kill -HUP` makes `jalon serve` read its configuration again without a restart: new tokens are
/// accepted and removed ones refused at once, and connections already open keep being served.
@Suite("jalon serve reloads its configuration on SIGHUP")
struct ServeReloadTests {
    let folder = ScratchFolder()

    @Test("SIGHUP: the new token works, the old one is refused, the CORS list changes, a kept-alive connection still answers")
    func reloadKeepsConnections() async throws {
        let jalon = JalonProcess(store: folder.path + "/store")
        func token(_ subject: String) throws -> (token: String, line: String) {
            let made = try jalon.run(arguments: ["serve", "token", "--role", "portal", "--subject", subject], withStore: false)
            let lines = made.stdout.split(separator: "\n").map(String.init)
            return (lines[0], lines[1])
        }
        let (old, new) = (try token("portail-ancien"), try token("portail-nouveau"))
        let config = folder.path + "/serve.json"
        func configure(_ token: String, origin: String) throws {
            // A long idle time-out: on a loaded machine the wait for the reload must not close the kept connection.
            try Data(#"{"tokens": [\#(token)], "cors": {"origins": ["\#(origin)"]}, "limits": {"idleTimeoutSeconds": 600}}"#.utf8)
                .write(to: URL(fileURLWithPath: config))
        }
        try configure(old.line, origin: "https://ancien.example.fr")
        let server = try ServerProcess(arguments: ["serve", "--port", "0", "--store", jalon.store, "--config", config])
        defer { server.stop() }
        let base = "http://127.0.0.1:\(server.port)"

        let kept = try KeptConnection(port: server.port)
        #expect(try kept.send(Self.creation(token: old.token)).status == 201)
        #expect(try await Self.preflight(base, origin: "https://nouveau.example.fr") == 403)

        try configure(new.line, origin: "https://nouveau.example.fr")
        #expect(kill(server.process.processIdentifier, SIGHUP) == 0)
        // The reload is asynchronous (a signal handler): wait for the new token to be accepted.
        var status = 0
        for _ in 0..<50 where status != 201 {
            status = try await ServeCommandTests.http("POST", base + "/v1/projects", token: new.token, body: Self.body).status
            if status != 201 { try await Task.sleep(for: .milliseconds(100)) }
        }
        #expect(status == 201)
        #expect(try await ServeCommandTests.http("POST", base + "/v1/projects", token: old.token, body: Self.body).status == 401)
        #expect(try await Self.preflight(base, origin: "https://nouveau.example.fr") == 204)
        #expect(try await Self.preflight(base, origin: "https://ancien.example.fr") == 403)
        // The connection opened before the reload is still open and served, under the new tokens.
        #expect(try kept.send(Self.creation(token: new.token)).status == 201)
        #expect(server.process.isRunning)

        // A configuration that does not read is refused and the running one kept.
        try Data("{\"tokens\": 3}".utf8).write(to: URL(fileURLWithPath: config))
        #expect(kill(server.process.processIdentifier, SIGHUP) == 0)
        try await Task.sleep(for: .milliseconds(500))
        #expect(try kept.send(Self.creation(token: new.token)).status == 201)
        // Last on this connection: a refused request's unread body may make the server close it.
        #expect(try kept.send(Self.creation(token: old.token)).status == 401)
        server.stop()
        let errors = server.standardErrorText()
        #expect(errors.contains("configuration rechargée"), "\(errors)")
        #expect(errors.contains("tokens"), "the refused reload names the field at fault: \(errors)")
    }

    static let body = #"{"displayName": "Léa", "person": "personne"}"#

    static func creation(token: String) -> String {
        "POST /v1/projects HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer \(token)\r\nContent-Type: application/json\r\n"
            + "Content-Length: \(Array(body.utf8).count)\r\n\r\n" + body
    }

    static func preflight(_ base: String, origin: String) async throws -> Int {
        var request = URLRequest(url: URL(string: base + "/v1/projects")!)
        request.httpMethod = "OPTIONS"
        request.setValue(origin, forHTTPHeaderField: "Origin")
        request.setValue("POST", forHTTPHeaderField: "Access-Control-Request-Method")
        let (_, response) = try await URLSession.shared.data(for: request)
        return (response as? HTTPURLResponse)?.statusCode ?? 0
    }
}

/// One HTTP/1.1 connection kept alive across requests: each answer is read to the end of its body
/// (Content-Length), and the socket stays open for the next.
final class KeptConnection {
    let socket: Int32

    init(port: Int) throws {
        socket = try loopbackSocket(port: port)
    }

    deinit { close(socket) }

    struct Answer { let status: Int; let head: String }

    /// Sends `request` and reads its answer; throws if the server closed the connection.
    func send(_ request: String) throws -> Answer {
        let bytes = Array(request.utf8)
        guard bytes.withUnsafeBytes({ write(socket, $0.baseAddress, $0.count) }) == bytes.count else {
            throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO)
        }
        var received: [UInt8] = [], chunk = [UInt8](repeating: 0, count: 65_536)
        func more() throws {
            let count = chunk.withUnsafeMutableBytes { read(socket, $0.baseAddress, $0.count) }
            guard count > 0 else { throw POSIXError(.ECONNRESET) }
            received += chunk[0..<count]
        }
        let separator = Array("\r\n\r\n".utf8)
        var end: Int?
        while end == nil {
            try more()
            end = received.indices.dropLast(3).first { Array(received[$0..<($0 + 4)]) == separator }
        }
        let head = String(decoding: received[0..<end!], as: UTF8.self)
        let length =
            head.split(separator: "\r\n").first { $0.lowercased().hasPrefix("content-length:") }
            .flatMap { Int($0.split(separator: ":")[1].trimmingCharacters(in: .whitespaces)) } ?? 0
        while received.count < end! + 4 + length { try more() }
        return Answer(status: Int(head.split(separator: " ")[1]) ?? 0, head: head)
    }
}
