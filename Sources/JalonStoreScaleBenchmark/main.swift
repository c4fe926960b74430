// The store at a region's size (issue 14, item 8): imports N projects with C threads at once (a stress:
// no crash, every import listed), then times, each against its peer in the same run (medians):
//   - `jalon list`'s work with kept summaries vs reading every project in full (what list did before);
//   - `/health`'s work, `ping()`, vs listing every project (what /health did before).
//
//     swift run -c release JalonStoreScaleBenchmark [--projects 10000] [--threads 8] [--store DIR|postgres://…]
//
// Without --store, a fresh folder in the temporary directory (removed after). On PostgreSQL, use an empty
// schema (`?schema=bench_…`) or the counts mix with what is already there.

import Foundation
import JalonCore
import JalonPostgresStore
import JalonStore
import Synchronization

func option(_ name: String) -> String? {
    let arguments = CommandLine.arguments
    guard let index = arguments.firstIndex(of: name), index + 1 < arguments.count else { return nil }
    return arguments[index + 1]
}

let projectCount = option("--projects").flatMap(Int.init) ?? 10_000
let threads = option("--threads").flatMap(Int.init) ?? 8
let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("jalon-scale-\(UUID().uuidString.prefix(8))").path
let location = option("--store") ?? scratch
defer { try? FileManager.default.removeItem(atPath: scratch) }

let samplesFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("Samples")
let samples = try FileManager.default.contentsOfDirectory(atPath: samplesFolder.path).filter { $0.hasSuffix(".xml") }.sorted()
    .map { (name: $0, bytes: Array(try Data(contentsOf: samplesFolder.appendingPathComponent($0)))) }

let opened = try OpenedStore(location: location)
let repository = ProjectRepository(store: opened.store)
print("Store: \(opened.name); \(projectCount) imports on \(threads) threads; load: \(loadAverage())")

// Stress: imports on `threads` threads at once; each import lists the store (ids) and creates a project.
let next = Atomic<Int>(0), failures = Mutex<[String]>([])
let importStart = DispatchTime.now().uptimeNanoseconds
DispatchQueue.concurrentPerform(iterations: threads) { _ in
    while true {
        let index = next.add(1, ordering: .relaxed).oldValue
        guard index < projectCount else { return }
        let sample = samples[index % samples.count]
        do { _ = try repository.importDocument(sample.bytes, sourceName: sample.name, author: .person) } catch {
            failures.withLock { $0.append("\(error)") }
        }
    }
}
let importSeconds = Double(DispatchTime.now().uptimeNanoseconds - importStart) / 1e9
let failed = failures.withLock { $0 }
let listed = try opened.store.projectIDs().count
print(String(format: "imports: %d in %.1f s (%.0f/s), %d failed, %d listed", projectCount, importSeconds,
             Double(projectCount) / importSeconds, failed.count, listed))
if let first = failed.first { print("first failure: \(first)") }

func median(_ runs: Int, _ work: () throws -> Void) rethrows -> Double {
    var samples: [Double] = []
    for _ in 0..<runs {
        let start = DispatchTime.now().uptimeNanoseconds
        try work()
        samples.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
    }
    return samples.sorted()[samples.count / 2]
}

func loadAverage() -> String {
    (try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8))?.split(separator: " ").prefix(3).joined(separator: " ") ?? "?"
}

_ = try repository.summaries() // keeps the summaries of projects imported before summaries existed
let summaries = try median(5) { precondition(try repository.summaries().count == listed) }
let fullReads = try median(3) {
    precondition(try opened.store.projectIDs().compactMap { try repository.loadIfPresent($0) }.count == listed)
}
print(String(format: "list, kept summaries:           median %9.1f ms", summaries))
print(String(format: "list, every project read (peer): median %9.1f ms   ratio %.1f×", fullReads, fullReads / summaries))
let ping = try median(101) { try opened.store.ping() }
let listing = try median(11) { _ = try opened.store.projectIDs() }
print(String(format: "health, ping():                  median %9.3f ms", ping))
print(String(format: "health, list every id (peer):    median %9.3f ms   ratio %.0f×", listing, listing / ping))
print("load after: \(loadAverage())")
if !failed.isEmpty || listed < projectCount { exit(1) }
