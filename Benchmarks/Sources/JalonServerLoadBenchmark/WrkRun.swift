import BenchmarkSupport
import Foundation

/// One wrk run and what it printed: throughput, latency percentiles, and every kind of failure (non-2xx
/// responses, socket errors), which must all be zero for the run to count.
struct WrkRun {
    var requestsPerSecond: Double
    var p50Milliseconds: Double
    var p99Milliseconds: Double
    var non2xx: Int
    var socketErrors: Int

    /// `wrk -t2 -c64 -d<duration> --latency -H "Authorization: Bearer …" URL`.
    static func run(url: String, token: String?, duration: String, connections: Int = 64, threads: Int = 2) throws -> WrkRun {
        var arguments = ["-t\(threads)", "-c\(connections)", "-d\(duration)", "--latency"]
        if let token { arguments += ["-H", "Authorization: Bearer \(token)"] }
        let output = try ProcessRun.output("/usr/bin/wrk", arguments + [url])
        guard let run = parse(output) else { throw BenchmarkFailure("wrk output not understood:\n" + output) }
        return run
    }

    /// Reads wrk 4's report: `Requests/sec:`, the `--latency` distribution (`50%  1.23ms`), `Non-2xx or
    /// 3xx responses: N` and `Socket errors: connect A, read B, write C, timeout D` (both absent when zero).
    static func parse(_ output: String) -> WrkRun? {
        var rate: Double?, p50: Double?, p99: Double?, non2xx = 0, socketErrors = 0
        for line in output.split(separator: "\n").map({ $0.trimmingCharacters(in: .whitespaces) }) {
            let words = line.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
            if line.hasPrefix("Requests/sec:"), words.count == 2 { rate = Double(words[1]) }
            if words.count == 2, words[0] == "50%" { p50 = milliseconds(words[1]) }
            if words.count == 2, words[0] == "99%" { p99 = milliseconds(words[1]) }
            if line.hasPrefix("Non-2xx or 3xx responses:") { non2xx = Int(words.last ?? "") ?? Int.max }
            if line.hasPrefix("Socket errors:") {
                socketErrors = line.dropFirst("Socket errors:".count).split(separator: ",")
                    .map { Int($0.split(separator: " ").last ?? "") ?? Int.max }.reduce(0, +)
            }
        }
        guard let rate, let p50, let p99 else { return nil }
        return WrkRun(requestsPerSecond: rate, p50Milliseconds: p50, p99Milliseconds: p99, non2xx: non2xx, socketErrors: socketErrors)
    }

    /// `812.00us`, `1.23ms`, `2.01s` in milliseconds.
    static func milliseconds(_ text: String) -> Double? {
        for (unit, factor) in [("us", 0.001), ("ms", 1.0), ("s", 1000.0)] where text.hasSuffix(unit) {
            return Double(text.dropLast(unit.count)).map { $0 * factor }
        }
        return nil
    }
}
