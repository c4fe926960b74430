import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// Clients that hold connections without finishing a request (slowloris) must not stall the others:
/// other requests are answered at once, and the idle connections are closed after the idle timeout.
@Suite("jalon serve under slow clients")
struct SlowClientsTests {
    let folder = ScratchFolder()

    @Test("300 connections sending half a request: /health still answers, and the idle ones are closed")
    func slowlorisDoesNotStallOthers() async throws {
        let config = folder.path + "/serve.json"
        try Data(#"{"tokens": [], "limits": {"idleTimeoutSeconds": 2, "maxConnections": 1000}}"#.utf8)
            .write(to: URL(fileURLWithPath: config))
        let server = try ServerProcess(arguments: ["serve", "--port", "0", "--store", folder.path + "/store", "--config", config])
        defer { server.stop() }
        // Each sends the start of a request and never ends its headers.
        var slow: [LoopbackRequest] = []
        defer { for connection in slow { close(connection.socket) } }
        for _ in 0..<300 {
            slow.append(try LoopbackRequest(port: server.port, "GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: "))
        }
        let start = ContinuousClock.now
        let health = try LoopbackRequest(port: server.port, "GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n").response()
        #expect(health.hasPrefix("HTTP/1.1 200"), "\(health.prefix(80))")
        #expect(ContinuousClock.now - start < .seconds(2))
        // Past the idle timeout the server has closed them: a read no longer "would block".
        try await Task.sleep(for: .seconds(4))
        let closed = slow.filter { connection in
            var byte: UInt8 = 0
            let read = recv(connection.socket, &byte, 1, Int32(MSG_DONTWAIT))
            return !(read == -1 && (errno == EAGAIN || errno == EWOULDBLOCK))
        }.count
        #expect(closed == slow.count)
    }
}
