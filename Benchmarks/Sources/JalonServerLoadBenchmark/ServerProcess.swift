import BenchmarkSupport
import Foundation

/// The release `jalon serve` on a free loopback port, its logs thrown away (a log line per request is
/// part of the work measured; writing them to a terminal would not be).
final class ServerProcess {
    let port: Int
    private let process: Process

    init(jalon: String, config: String) throws {
        process = Process()
        process.executableURL = URL(fileURLWithPath: jalon)
        process.arguments = ["serve", "--config", config, "--host", "127.0.0.1", "--port", "0"]
        let stdout = Pipe()
        process.standardOutput = stdout
        process.standardError = FileHandle.nullDevice
        try process.run()
        // The one line `jalon serve` prints once listening: `… http://127.0.0.1:PORT`.
        var text = ""
        while !text.contains("\n") {
            let chunk = stdout.fileHandleForReading.availableData
            guard !chunk.isEmpty else { throw BenchmarkFailure("jalon serve stopped before listening") }
            text += String(decoding: chunk, as: UTF8.self)
        }
        guard let port = text.split(separator: ":").last.flatMap({ Int($0.trimmingCharacters(in: .whitespacesAndNewlines)) }) else {
            throw BenchmarkFailure("no port in: \(text)")
        }
        self.port = port
    }

    /// Waits until `GET /health` answers 200 (curl, so the benchmark needs no HTTP client of its own).
    func waitUntilHealthy() throws {
        for _ in 0..<100 {
            if let code = try? ProcessRun.output("/usr/bin/curl", ["-s", "-o", "/dev/null", "-w", "%{http_code}", "http://127.0.0.1:\(port)/health"]),
                code == "200"
            {
                return
            }
            Thread.sleep(forTimeInterval: 0.1)
        }
        throw BenchmarkFailure("/health never answered 200")
    }

    /// SIGTERM, then waits: the server drains and exits.
    func stop() {
        process.terminate()
        process.waitUntilExit()
    }
}
