import Foundation

// Loads the release `jalon serve` with wrk on loopback: reading a project and computing its suggestions,
// and the web workbook's home and pistes pages (with a session cookie), beside the server's own /health (the floor: same HTTP stack, no token, no project) in the same run.
// Build first: `swift build -c release --product jalon && swift run -c release JalonServerLoadBenchmark`.
// Options: `--duration 10s` (per wrk run), `--rounds 3`, `--journal PATH` (the access journal elsewhere,
// such as /dev/shm, to see what its fsync costs). On a 2-core machine wrk takes one core itself.

func option(_ name: String, default value: String) -> String {
    let arguments = CommandLine.arguments
    guard let index = arguments.firstIndex(of: name), index + 1 < arguments.count else { return value }
    return arguments[index + 1]
}

let duration = option("--duration", default: "10s")
let rounds = Int(option("--rounds", default: "3")) ?? 3
let journal = option("--journal", default: "")
let here = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
let jalon = here.appendingPathComponent("jalon").path
let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
let sample = packageRoot.appendingPathComponent("Samples/karim-montbeliard-reconversion.xml").path

guard FileManager.default.isExecutableFile(atPath: jalon) else {
    FileHandle.standardError.write(Data("no jalon beside this benchmark (\(jalon)): swift build -c release --product jalon\n".utf8))
    exit(1)
}

func padded(_ text: String) -> String { text.padding(toLength: 36, withPad: " ", startingAt: 0) }

struct Target {
    let name: String
    let path: String
    /// The token or session cookie the request carries; nil for /health.
    let header: String?
}

do {
    let store = try BenchmarkStore(sample: sample, journal: journal.isEmpty ? nil : journal)
    defer { store.remove() }
    let server = try ServerProcess(jalon: jalon, config: store.configPath)
    defer { server.stop() }
    try server.waitUntilHealthy()
    let base = "http://127.0.0.1:\(server.port)"
    let bearer = "Authorization: Bearer \(store.token)", cookie = "Cookie: jalon_session=\(store.sessionCookie)"
    let targets = [
        Target(name: "GET /v1/projects/{id}", path: "/v1/projects/\(store.projectID)", header: bearer),
        Target(name: "GET /v1/projects/{id}/suggestions", path: "/v1/projects/\(store.projectID)/suggestions", header: bearer),
        Target(name: "page /carnet/{id} (home)", path: "/carnet/\(store.projectID)", header: cookie),
        Target(name: "page /carnet/{id}/pistes", path: "/carnet/\(store.projectID)/pistes", header: cookie),
        Target(name: "GET /health (floor)", path: "/health", header: nil),
    ]
    print("jalon serve (release) on \(base); wrk -t2 -c64 -d\(duration) --latency; \(rounds) rounds, targets interleaved")
    print("machine: \(ProcessInfo.processInfo.activeProcessorCount) cores, wrk itself uses one of them")
    // Warm-up: the catalogue and matching index load once per process, on first use.
    _ = try WrkRun.run(url: base + targets[1].path, header: bearer, duration: "2s")

    var runs = [[WrkRun]](repeating: [], count: targets.count)
    for round in 1...rounds {
        for (index, target) in targets.enumerated() {
            let run = try WrkRun.run(url: base + target.path, header: target.header, duration: duration)
            guard run.non2xx == 0, run.socketErrors == 0 else {
                throw BenchmarkFailure("\(target.name), round \(round): \(run.non2xx) non-2xx responses, \(run.socketErrors) socket errors")
            }
            runs[index].append(run)
            print("  round \(round)  " + padded(target.name) + String(format: " %9.0f req/s  p50 %6.2f ms  p99 %6.2f ms",
                                                                       run.requestsPerSecond, run.p50Milliseconds, run.p99Milliseconds))
        }
    }

    func median(_ values: [Double]) -> Double {
        let sorted = values.sorted()
        return sorted.count % 2 == 1 ? sorted[sorted.count / 2] : (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
    }
    let floor = median(runs[targets.count - 1].map(\.requestsPerSecond))
    print("\nmedians (no non-2xx, no socket errors in any run):")
    for (index, target) in targets.enumerated() {
        let rate = median(runs[index].map(\.requestsPerSecond))
        print("  " + padded(target.name) + String(format: " %9.0f req/s  p50 %6.2f ms  p99 %6.2f ms  %5.1f%% of /health", rate,
                                                  median(runs[index].map(\.p50Milliseconds)), median(runs[index].map(\.p99Milliseconds)), 100 * rate / floor))
    }
    let read = median(runs[0].map(\.requestsPerSecond)), p99 = median(runs[0].map(\.p99Milliseconds))
    print("goal for reading a project (≥ 3000 req/s, p99 ≤ 20 ms): " + (read >= 3000 && p99 <= 20 ? "met" : "missed"))
    for index in [2, 3] {
        let rate = median(runs[index].map(\.requestsPerSecond)), p99 = median(runs[index].map(\.p99Milliseconds))
        print("goal for \(targets[index].name) (≥ 2000 req/s, p99 ≤ 25 ms): " + (rate >= 2000 && p99 <= 25 ? "met" : "missed"))
    }
    // Page weight: the HTML of each page and the style sheet it loads (goal ≤ 60 KB together).
    let css = try Subprocess.output("/usr/bin/curl", ["-s", base + "/static/jalon.css"]).utf8.count
    for target in targets[2...3] {
        let html = try Subprocess.output("/usr/bin/curl", ["-s", "-H", cookie, base + target.path]).utf8.count
        print("weight of \(target.name): HTML \(html) B + CSS \(css) B = \(html + css) B (goal ≤ 61440 B)")
    }
} catch {
    FileHandle.standardError.write(Data("JalonServerLoadBenchmark: \(error)\n".utf8))
    exit(1)
}
