import BenchmarkSupport
import Foundation

// Caseload review benchmark: generates a seeded caseload of demo-sized dossiers (10,000 by default, a
// few broken on purpose; see CaseloadGenerator) in a temporary folder, then times the release
// `jalon review DIR --format csv` on the folder against `xmllint --noout --schema
// Resources/Schemas/dossier-1.0.xsd` on the same files, two xmllint processes at a time (`xargs -P2`),
// as whole processes (wall, CPU, peak RSS from wait4); medians of several runs, interleaved so that
// the machine's load falls on both alike.
//
//     swift build -c release --static-swift-stdlib --product jalon --scratch-path .build-release   (at the root), then
//     swift run --package-path Benchmarks -c release JalonReviewBenchmark [--count N] [--runs R] [--binary PATH] [--keep DIR]

var arguments = CommandLine.arguments.dropFirst()
var count = 10_000, runs = 5, binary = Repository.releaseJalon, keep: String?
while let argument = arguments.popFirst() {
    switch argument {
    case "--count": count = Int(arguments.popFirst() ?? "") ?? count
    case "--runs": runs = Int(arguments.popFirst() ?? "") ?? runs
    case "--binary": binary = arguments.popFirst() ?? binary
    case "--keep": keep = arguments.popFirst()
    default: print("unknown argument \(argument)"); exit(64)
    }
}

do {
    let jalon = try Repository.requireReleaseJalon(binary)
    let folder = keep ?? FileManager.default.temporaryDirectory.appendingPathComponent("jalon-review-bench-\(UUID().uuidString.prefix(8))").path
    try FileManager.default.createDirectory(atPath: folder + "/demo", withIntermediateDirectories: true)
    defer { if keep == nil { try? FileManager.default.removeItem(atPath: folder) } }
    let caseload = folder + "/portefeuille"
    let output = folder + "/revue.json", timedOutput = folder + "/revue.csv"

    let demo = try CaseloadGenerator.demoProject(jalon: jalon, scratch: folder + "/demo")
    let written = try CaseloadGenerator(count: count, demo: demo).write(into: caseload)
    print(
        "Caseload: \(written.files) demo-sized files (\(written.broken) broken on purpose), \(written.bytes / 1_000_000) MB, "
            + "\(written.bytes / written.files / 1024) KB each on average, in \(caseload)")
    print("Machine: \(Machine.summary); \(runs) runs each")

    // Check once that the review read what was written before timing it.
    let check = try ProcessRun.run(jalon, ["review", caseload, "--format", "json", "-o", output])
    let review = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: output))) as? [String: Any]
    let header = review?["review"] as? [String: Any]
    guard check.status == 65, header?["files"] as? Int == written.files, header?["unreadable"] as? Int == written.broken else {
        throw BenchmarkFailure("review did not read the caseload as written: exit \(check.status), \(String(describing: header))")
    }

    var report = Report(title: "`jalon review --format csv` on \(count) demo-sized dossiers (\(written.bytes / 1_000_000) MB), medians of \(runs)")
    let schema = Repository.path("Resources/Schemas/dossier-1.0.xsd")
    let peerCommand = "find '\(caseload)' -name '*.xml' -print0 | xargs -0 -P2 -n 250 xmllint --noout --schema '\(schema)'; exit 0"
    var jalonRuns: [ProcessRun] = [], peerRuns: [ProcessRun] = []
    for _ in 0..<runs {
        jalonRuns.append(try ProcessRun.run(jalon, ["review", caseload, "--format", "csv", "-o", timedOutput], measuringMemory: true))
        peerRuns.append(try ProcessRun.run("/bin/sh", ["-c", peerCommand], measuringMemory: true))
    }
    let jalonSummary = RunSummary(runs: jalonRuns), peer = RunSummary(runs: peerRuns)
    let peerName = "`xmllint --noout --schema dossier-1.0.xsd`, `xargs -P2`"
    report.add(
        Comparison(
            "wall time", jalon: jalonSummary.wall, peer: peer.wall, peerName: peerName, unit: "s",
            goal: "≤ 8 s", met: jalonSummary.wall <= 8))
    report.add(
        Comparison(
            "CPU time (user + system)", jalon: jalonSummary.cpu, peer: peer.cpu, peerName: peerName, unit: "s",
            goal: "≤ 2× the peer", met: jalonSummary.cpu <= 2 * peer.cpu))
    report.add(
        Comparison(
            "cores busy (CPU / wall)", jalon: jalonSummary.parallelism, peer: peer.parallelism, peerName: peerName, unit: "",
            goal: "≈ 2 on an idle machine"))
    report.add(
        Comparison(
            "peak memory (largest process)", jalon: jalonSummary.peakMegabytes, peer: peer.peakMegabytes, peerName: peerName,
            unit: "MB", goal: "≤ 300 MB", met: jalonSummary.peakMegabytes <= 300))
    print(report.markdown())
    print(String(format: "per file: jalon %.2f ms CPU, xmllint %.2f ms CPU", jalonSummary.cpu * 1000 / Double(count), peer.cpu * 1000 / Double(count)))
    print(
        "runs (wall s / CPU s / MB): jalon "
            + jalonRuns.map { String(format: "%.2f/%.2f/%.0f", $0.wall, $0.cpu, Double($0.peakMemory) / 1e6) }.joined(separator: ", ")
            + "; xmllint " + peerRuns.map { String(format: "%.2f/%.2f/%.0f", $0.wall, $0.cpu, Double($0.peakMemory) / 1e6) }.joined(separator: ", "))
    print("Load at the end: \(Machine.load)")
} catch {
    FileHandle.standardError.write(Data("JalonReviewBenchmark: \(error)\n".utf8))
    exit(1)
}
