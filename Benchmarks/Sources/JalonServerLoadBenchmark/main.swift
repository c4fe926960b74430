import BenchmarkSupport
import Foundation

// Loads the release `jalon serve` with wrk on loopback: reading a project and computing its suggestions,
// beside the server's own /health (the floor: same HTTP stack, no token, no project) in the same run.
// Build first: `swift build -c release --product jalon` at the root, then `swift run -c release JalonServerLoadBenchmark` in Benchmarks/.
// Options: `--duration 10s` (per wrk run), `--rounds 3`, `--journal PATH` (the access journal elsewhere,
// such as /dev/shm, to see what its fsync costs), `--postgres URL` (also the same project on PostgreSQL,
// through a second server, in the same rounds: the two stores side by side). On a 2-core machine wrk
// takes one core itself.

func option(_ name: String, default value: String) -> String {
    let arguments = CommandLine.arguments
    guard let index = arguments.firstIndex(of: name), index + 1 < arguments.count else { return value }
    return arguments[index + 1]
}

let duration = option("--duration", default: "10s")
let rounds = Int(option("--rounds", default: "3")) ?? 3
let journal = option("--journal", default: "")
let postgres = option("--postgres", default: "")
let sample = Repository.path("Samples/karim-montbeliard-reconversion.xml")

func padded(_ text: String) -> String { text.padding(toLength: 36, withPad: " ", startingAt: 0) }

struct Target {
    let name: String
    let path: String
    let authenticated: Bool
}

do {
    let jalon = try Repository.requireReleaseJalon()
    let store = try BenchmarkStore(sample: sample, journal: journal.isEmpty ? nil : journal)
    defer { store.remove() }
    let server = try ServerProcess(jalon: jalon, config: store.configPath)
    defer { server.stop() }
    try server.waitUntilHealthy()
    let base = "http://127.0.0.1:\(server.port)"
    var targets = [
        Target(name: "GET /v1/projects/{id}", path: "/v1/projects/\(store.projectID)", authenticated: true),
        Target(name: "GET /v1/projects/{id}/suggestions", path: "/v1/projects/\(store.projectID)/suggestions", authenticated: true),
        Target(name: "GET /health (floor)", path: "/health", authenticated: false)
    ]
    // The same read through a second server on PostgreSQL (its own token and project).
    var postgresStore: BenchmarkStore?, postgresServer: ServerProcess?
    if !postgres.isEmpty {
        let pgStore = try BenchmarkStore(sample: sample, journal: nil, postgres: postgres)
        let pgServer = try ServerProcess(jalon: jalon, config: pgStore.configPath)
        try pgServer.waitUntilHealthy()
        (postgresStore, postgresServer) = (pgStore, pgServer)
        targets.append(Target(name: "GET /v1/projects/{id} PostgreSQL", path: "/v1/projects/\(pgStore.projectID)", authenticated: true))
    }
    defer { postgresServer?.stop(); postgresStore?.remove() }
    func url(_ target: Target) -> String {
        target.name.hasSuffix("PostgreSQL") ? "http://127.0.0.1:\(postgresServer!.port)" + target.path : base + target.path
    }
    func token(_ target: Target) -> String? {
        guard target.authenticated else { return nil }
        return target.name.hasSuffix("PostgreSQL") ? postgresStore!.token : store.token
    }
    print("jalon serve (release) on \(base); wrk -t2 -c64 -d\(duration) --latency; \(rounds) rounds, targets interleaved")
    print("machine: \(Machine.summary); wrk itself uses one core")
    // Warm-up: the catalogue and matching index load once per process, on first use.
    _ = try WrkRun.run(url: base + targets[1].path, token: store.token, duration: "2s")

    var runs = [[WrkRun]](repeating: [], count: targets.count)
    for round in 1...rounds {
        for (index, target) in targets.enumerated() {
            let run = try WrkRun.run(url: url(target), token: token(target), duration: duration)
            guard run.non2xx == 0, run.socketErrors == 0 else {
                throw BenchmarkFailure("\(target.name), round \(round): \(run.non2xx) non-2xx responses, \(run.socketErrors) socket errors")
            }
            runs[index].append(run)
            print(
                "  round \(round)  " + padded(target.name)
                    + String(
                        format: " %9.0f req/s  p50 %6.2f ms  p99 %6.2f ms",
                        run.requestsPerSecond, run.p50Milliseconds, run.p99Milliseconds))
        }
    }

    let floor = median(runs[2].map(\.requestsPerSecond))
    print("\nmedians (no non-2xx, no socket errors in any run):")
    for (index, target) in targets.enumerated() {
        let rate = median(runs[index].map(\.requestsPerSecond))
        print(
            "  " + padded(target.name)
                + String(
                    format: " %9.0f req/s  p50 %6.2f ms  p99 %6.2f ms  %5.1f%% of /health", rate,
                    median(runs[index].map(\.p50Milliseconds)), median(runs[index].map(\.p99Milliseconds)), 100 * rate / floor))
    }
    let read = median(runs[0].map(\.requestsPerSecond)), p99 = median(runs[0].map(\.p99Milliseconds))
    print("goal for reading a project (≥ 3000 req/s, p99 ≤ 20 ms): " + (read >= 3000 && p99 <= 20 ? "met" : "missed"))
} catch {
    FileHandle.standardError.write(Data("JalonServerLoadBenchmark: \(error)\n".utf8))
    exit(1)
}
