// The store at a region's size (issue 14, item 8), on the file store and, with --postgres, on PostgreSQL
// in the same run. For each store:
//   - a stress: N imports on T threads at once (no crash, every import listed);
//   - `jalon list`'s work with kept summaries vs reading every project in full (what list did before);
//   - `/health`'s work, `ping()`, vs listing every project (what /health did before);
//   - writes: W writers, each saving its own project in a loop (read, change, save on the base read).
// Medians; the machine's load is printed before and after.
//
//     swift run -c release JalonStoreScaleBenchmark [--projects 10000] [--threads 8] [--writers 16]
//                                                   [--postgres postgres://…?schema=bench_x]

import BenchmarkSupport
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

/// The median of `runs` timed runs of `work`, in milliseconds.
func median(_ runs: Int, _ work: () throws -> Void) rethrows -> Double {
    try TimedSamples.run("", iterations: runs, warmUp: 0, work).median
}

let projectCount = option("--projects").flatMap(Int.init) ?? 10_000
let threads = option("--threads").flatMap(Int.init) ?? 8
let writers = option("--writers").flatMap(Int.init) ?? 16
let writeSeconds = 10.0
let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("jalon-scale-\(UUID().uuidString.prefix(8))").path
defer { try? FileManager.default.removeItem(atPath: scratch) }
let locations = [scratch] + (option("--postgres").map { [$0] } ?? [])

let samplesFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("Samples")
let samples = try FileManager.default.contentsOfDirectory(atPath: samplesFolder.path).filter { $0.hasSuffix(".xml") }.sorted()
    .map { (name: $0, bytes: Array(try Data(contentsOf: samplesFolder.appendingPathComponent($0)))) }

print("\(projectCount) imports on \(threads) threads, \(writers) writers for \(Int(writeSeconds)) s; \(Machine.summary)")
var failedAny = false
for location in locations {
    let opened = try OpenedStore(location: location)
    let repository = ProjectRepository(store: opened.store)
    print("\n== \(opened.name)")

    // Stress: imports on `threads` threads at once; each import lists the store's ids and creates a project.
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
    let ids = try opened.store.projectIDs()
    print(
        String(
            format: "imports:  %d in %.1f s (%.0f/s), %d failed, %d listed", projectCount, importSeconds,
            Double(projectCount) / importSeconds, failed.count, ids.count))
    if let first = failed.first { print("first failure: \(first)") }
    failedAny = failedAny || !failed.isEmpty || ids.count < projectCount

    let summaries = try median(5) {
        let listed = try repository.summaries().count
        precondition(listed == ids.count)
    }
    let fullReads = try median(3) {
        let listed = try opened.store.projectIDs().compactMap { try repository.loadIfPresent($0) }.count
        precondition(listed == ids.count)
    }
    print(String(format: "list:     kept summaries %9.1f ms; every project read (peer) %9.1f ms: %.1f× faster", summaries, fullReads, fullReads / summaries))
    let ping = try median(101) { try opened.store.ping() }
    let listing = try median(11) { _ = try opened.store.projectIDs() }
    print(String(format: "health:   ping() %9.3f ms; listing every id (peer) %9.3f ms: %.0f× faster", ping, listing, listing / ping))

    // Writes: each writer its own project (no conflicts), read-change-save as the server's PUT does.
    let saves = Atomic<Int>(0), writeFailures = Atomic<Int>(0)
    let deadline = DispatchTime.now().uptimeNanoseconds + UInt64(writeSeconds * 1e9)
    DispatchQueue.concurrentPerform(iterations: writers) { writer in
        let id = ids[writer % ids.count]
        while DispatchTime.now().uptimeNanoseconds < deadline {
            do {
                var loaded = try repository.load(id)
                loaded.project.metadata.updated = Timestamp.now()
                _ = try repository.save(loaded.project, basedOn: loaded.revision.number, author: .person, message: "charge")
                saves.add(1, ordering: .relaxed)
            } catch {
                writeFailures.add(1, ordering: .relaxed)
            }
        }
    }
    print(
        String(
            format: "writes:   %.0f saves/s with %d writers (%d failed)", Double(saves.load(ordering: .relaxed)) / writeSeconds,
            writers, writeFailures.load(ordering: .relaxed)))
}
print("\nload after: \(Machine.load)")
if failedAny { exit(1) }
