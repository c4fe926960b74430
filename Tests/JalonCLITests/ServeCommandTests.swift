import Foundation
import Testing

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif
#if canImport(Glibc)
    import Glibc
#endif

/// `jalon serve` as a real process: tokens, a configuration, a free port, requests over loopback, and
/// SIGTERM finishing the request in flight.
@Suite("jalon serve")
struct ServeCommandTests {
    let folder = ScratchFolder()

    @Test("serve token prints a fresh token once and its configuration line with the SHA-256 only")
    func token() throws {
        let jalon = JalonProcess(store: folder.path)
        let result = try jalon.run(arguments: ["serve", "token", "--role", "counsellor", "--subject", "conseillere-42"], withStore: false)
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.count == 2)
        let token = lines[0]
        #expect(token.hasPrefix("jalon_"))
        let entry = try #require(try JSONSerialization.jsonObject(with: Data(lines[1].utf8)) as? [String: String])
        #expect(entry["role"] == "counsellor" && entry["subject"] == "conseillere-42")
        #expect(entry["sha256"]?.count == 64 && !lines[1].contains(token))
        let again = try jalon.run(arguments: ["serve", "token", "--role", "counsellor", "--subject", "conseillere-42"], withStore: false)
        #expect(again.stdout.split(separator: "\n").first.map(String.init) != token)
        let bad = try jalon.run(arguments: ["serve", "token", "--role", "admin", "--subject", "x"], withStore: false)
        #expect(bad.status == 64)
    }

    @Test("a configuration error names the file and the field, exit 1")
    func badConfiguration() throws {
        let path = folder.path + "/bad.json"
        try Data(#"{"tokens": [{"sha256": "abc", "role": "portal", "subject": "p"}]}"#.utf8).write(to: URL(fileURLWithPath: path))
        let result = try JalonProcess(store: folder.path + "/store").run("serve", "--config", path)
        #expect(result.status == 1)
        #expect(result.stderr.contains("tokens[0].sha256"))
    }

    @Test("the binary serves on a free port; SIGTERM lets the request in flight finish, then exits 0")
    func realProcess() async throws {
        let jalon = JalonProcess(store: folder.path + "/store")
        let portal = try jalon.run(arguments: ["serve", "token", "--role", "portal", "--subject", "portail"], withStore: false)
        let person = try jalon.run(arguments: ["serve", "token", "--role", "person", "--subject", "personne"], withStore: false)
        let (portalToken, portalLine) = (portal.stdout.split(separator: "\n")[0], portal.stdout.split(separator: "\n")[1])
        let (personToken, personLine) = (person.stdout.split(separator: "\n")[0], person.stdout.split(separator: "\n")[1])
        let config = folder.path + "/serve.json"
        try Data(#"{"tokens": [\#(portalLine), \#(personLine)]}"#.utf8).write(to: URL(fileURLWithPath: config))

        let server = try ServerProcess(arguments: ["serve", "--port", "0", "--store", jalon.store, "--config", config])
        defer { server.stop() }
        let base = "http://127.0.0.1:\(server.port)"
        #expect(try await Self.http("GET", base + "/health").status == 200)
        let created = try await Self.http("POST", base + "/v1/projects", token: String(portalToken), body: #"{"displayName": "Léa", "person": "personne"}"#)
        #expect(created.status == 201)
        let id = try #require((try JSONSerialization.jsonObject(with: created.body) as? [String: Any])?["id"] as? String)

        // Five centres rated (r2): enough to rank on (the thin-input rule, issue 15).
        let rated = try await Self.http(
            "POST", base + "/v1/projects/\(id)/interets/centres", token: String(personToken), ifMatch: #""r1""#,
            body: #"{"centres": {"1": 4, "2": 3, "3": 4, "4": 2, "5": 3}}"#)
        #expect(rated.status == 200)

        // The first suggestions load the catalogue and its index: the request is still running at SIGTERM.
        // Sent on a plain blocking socket, not through the test's busy task pool: once `write` returns the
        // request is in the server's hands (after SIGTERM it accepts no new connection); the pause lets
        // it accept the connection. The duration check below shows it was still running at SIGTERM.
        let inFlight = try LoopbackRequest(
            port: server.port,
            """
            POST /v1/projects/\(id)/suggestions?limit=5 HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer \(personToken)\r\n\
            If-Match: "r2"\r\nContent-Length: 0\r\nConnection: close\r\n\r\n
            """)
        let pause = 150
        try await Task.sleep(for: .milliseconds(pause))
        server.terminate()
        let answered = inFlight.response()
        #expect(answered.hasPrefix("HTTP/1.1 200"), "\(answered.prefix(300))")
        #expect(server.waitForExit() == 0)
        // It started after it was sent and at most `pause` ms before SIGTERM; lasting longer than that, it
        // was still running when SIGTERM came.
        let logged = try #require(server.logLines().first { $0["http.route"] == "/v1/projects/{id}/suggestions" })
        #expect(logged["http.status"] == "200")
        #expect((Double(logged["duration_ms"] ?? "") ?? 0) > Double(pause), "\(logged)")
        // What it answered was saved: the project has the suggestions revision.
        let history = try jalon.run("history", id)
        #expect(history.stdout.split(separator: "\n").map { $0.prefix(3) } == ["r1 ", "r2 ", "r3 "], "\(history.stdout)")
    }

    struct HTTPResult: Sendable { let status: Int; let body: Data; var etag: String? = nil }

    static func http(_ method: String, _ url: String, token: String? = nil, ifMatch: String? = nil, body: String? = nil) async throws -> HTTPResult {
        var request = URLRequest(url: URL(string: url)!)
        request.httpMethod = method
        request.timeoutInterval = 120
        if let token { request.setValue("Bearer \(token)", forHTTPHeaderField: "Authorization") }
        if let ifMatch { request.setValue(ifMatch, forHTTPHeaderField: "If-Match") }
        if let body {
            request.httpBody = Data(body.utf8)
            request.setValue("application/json", forHTTPHeaderField: "Content-Type")
        }
        let (data, response) = try await URLSession.shared.data(for: request)
        let http = response as? HTTPURLResponse
        return HTTPResult(status: http?.statusCode ?? 0, body: data, etag: http?.value(forHTTPHeaderField: "ETag"))
    }
}

/// A blocking TCP socket connected to 127.0.0.1:`port`.
func loopbackSocket(port: Int) throws -> Int32 {
    let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    var address = sockaddr_in()
    address.sin_family = sa_family_t(AF_INET)
    address.sin_port = in_port_t(UInt16(port).bigEndian)
    address.sin_addr.s_addr = inet_addr("127.0.0.1")
    let connected = withUnsafePointer(to: &address) {
        $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
    }
    guard connected == 0 else { close(socket); throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
    return socket
}

/// One HTTP request written whole on a blocking loopback socket; `response()` reads until the server closes.
struct LoopbackRequest {
    let socket: Int32

    init(port: Int, _ request: String) throws {
        socket = try loopbackSocket(port: port)
        let bytes = Array(request.utf8)
        guard bytes.withUnsafeBytes({ write(socket, $0.baseAddress, $0.count) }) == bytes.count else {
            close(socket)
            throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO)
        }
    }

    func response() -> String {
        defer { close(socket) }
        var received: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(socket, $0.baseAddress, $0.count) }
            if count < 0, errno == EINTR { continue }
            guard count > 0 else { break }
            received += chunk[0..<count]
        }
        return String(decoding: received, as: UTF8.self)
    }
}

/// `jalon serve` running in the background; its port read from the line it prints once listening.
final class ServerProcess: @unchecked Sendable {
    let process = Process()
    let errors = Pipe()
    let port: Int

    init(arguments: [String]) throws {
        process.executableURL = JalonProcess.binary
        process.arguments = arguments
        var environment = ProcessInfo.processInfo.environment
        environment["JALON_LANG"] = "fr"
        process.environment = environment
        let out = Pipe()
        process.standardOutput = out
        process.standardError = errors
        try process.run()
        var seen = Data()
        while !seen.contains(UInt8(ascii: "\n")) {
            let chunk = out.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            seen += chunk
        }
        let line = String(decoding: seen, as: UTF8.self)
        guard let portText = line.split(separator: ":").last?.split(separator: "\n").first, let port = Int(portText) else {
            process.terminate()
            throw CocoaError(.fileReadCorruptFile, userInfo: [NSLocalizedDescriptionKey: "no port in: \(line)"])
        }
        self.port = port
    }

    func terminate() { process.terminate() }

    func waitForExit() -> Int32 {
        process.waitUntilExit()
        return process.terminationStatus
    }

    /// The JSON log lines written on stderr, once the process has exited.
    func logLines() -> [[String: String]] {
        String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self).split(separator: "\n").compactMap {
            try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: String]
        }
    }

    /// Everything written on stderr, once the process has exited.
    func standardErrorText() -> String {
        String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    }

    func stop() { if process.isRunning { process.terminate(); process.waitUntilExit() } }
}
