import Foundation
import JalonResources
import JalonStore
import JalonTestSupport

// Caseload review benchmark: generates a seeded caseload (10,000 varied dossiers by default, a few
// broken on purpose) in a temporary folder, then times the release `jalon review` on the folder
// against `xmllint --noout --schema` on the same files, two xmllint processes at a time
// (`xargs -P2`), as whole processes; medians of several runs. The peer's schema is dossier-1.0.xsd
// made to validate the embedded project too (against project-1.1.xsd), as `jalon review` does.
//
//     swift build -c release --product jalon && swift run -c release JalonReviewBenchmark [--count N] [--runs R]
//     (from the repository root; --binary PATH for another jalon, --keep DIR to keep the caseload)

var arguments = CommandLine.arguments.dropFirst()
var count = 10_000, runs = 5, binary = ".build/release/jalon", keep: String?
while let argument = arguments.popFirst() {
    switch argument {
    case "--count": count = Int(arguments.popFirst() ?? "") ?? count
    case "--runs": runs = Int(arguments.popFirst() ?? "") ?? runs
    case "--binary": binary = arguments.popFirst() ?? binary
    case "--keep": keep = arguments.popFirst()
    default: print("unknown argument \(argument)"); exit(64)
    }
}
guard FileManager.default.isExecutableFile(atPath: binary) else {
    print("\(binary) not found: run `swift build -c release --product jalon` first (or pass --binary PATH)")
    exit(66)
}

let folder = keep ?? FileManager.default.temporaryDirectory.appendingPathComponent("jalon-review-bench-\(UUID().uuidString.prefix(8))").path
try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
defer { if keep == nil { try? FileManager.default.removeItem(atPath: folder) } }
let caseload = folder + "/portefeuille"
let output = folder + "/revue.json"

let written = try CaseloadGenerator(count: count).write(into: caseload)
print("Caseload: \(written.files) files (\(written.broken) broken on purpose), \(written.bytes / 1_000_000) MB, in \(caseload)")
print("Machine: \(ProcessInfo.processInfo.activeProcessorCount) cores, load \(loadAverage()), \(runs) runs each")

// Check once that the review read what was written before timing it.
let check = try ProcessRun.run(binary, ["review", caseload, "--format", "json", "-o", output])
let review = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: output))) as? [String: Any]
let header = review?["review"] as? [String: Any]
guard check.status == 65, header?["files"] as? Int == written.files, header?["unreadable"] as? Int == written.broken else {
    print("review did not read the caseload as written: exit \(check.status), \(String(describing: header))")
    exit(1)
}

let jalonRuns = try (0..<runs).map { _ in
    try ProcessRun.run(binary, ["review", caseload, "--format", "json", "-o", output], measuringMemory: true)
}
// The same review held to one core (taskset), to show what the second core brings.
let taskset = "/usr/bin/taskset"
let oneCoreRuns = FileManager.default.isExecutableFile(atPath: taskset) ? try (0..<runs).map { _ in
    try ProcessRun.run(taskset, ["-c", "0", binary, "review", caseload, "--format", "json", "-o", output], measuringMemory: true)
} : []
let schema = try peerSchema(in: folder)
let peerCommand = "find '\(caseload)' -name '*.xml' -print0 | xargs -0 -P2 -n 250 xmllint --noout --schema '\(schema)'; exit 0"
let peerRuns = try (0..<runs).map { _ in try ProcessRun.run("/bin/sh", ["-c", peerCommand], measuringMemory: true) }

let jalon = RunSummary(runs: jalonRuns), peer = RunSummary(runs: peerRuns)
func row(_ name: String, _ jalonValue: String, _ peerValue: String, _ ratio: String, _ goal: String) {
    print("| \(name) | \(jalonValue) | \(peerValue) | \(ratio) | \(goal) |")
}
print("")
print("| measure (median of \(runs)) | jalon review | xmllint --schema, xargs -P2 | ratio | goal |")
print("|---|---|---|---|---|")
row("wall time", String(format: "%.2f s", jalon.wall), String(format: "%.2f s", peer.wall),
    String(format: "%.2f×", jalon.wall / peer.wall), "≤ 10 s")
row("CPU time (user + system)", String(format: "%.2f s", jalon.cpu), String(format: "%.2f s", peer.cpu),
    String(format: "%.2f×", jalon.cpu / peer.cpu), "")
row("CPU / wall (cores busy)", String(format: "%.2f", jalon.parallelism), String(format: "%.2f", peer.parallelism), "", "≈ 2")
row("peak memory (largest process)", String(format: "%.0f MB", jalon.peakMegabytes), String(format: "%.0f MB", peer.peakMegabytes),
    "", "≤ 500 MB")
if !oneCoreRuns.isEmpty {
    let oneCore = RunSummary(runs: oneCoreRuns)
    row("same review on one core (taskset -c 0): wall", String(format: "%.2f s", oneCore.wall), "",
        String(format: "%.2f× faster on all cores", oneCore.wall / jalon.wall), "")
}
print("")
print(String(format: "per file: jalon %.2f ms wall, xmllint %.2f ms wall", jalon.wall * 1000 / Double(count), peer.wall * 1000 / Double(count)))
let met = jalon.wall <= 10 && jalon.peakMegabytes <= 500 && jalon.parallelism >= 1.5
print(met ? "goals met" : "GOALS NOT MET (≤ 10 s, ≤ 500 MB, CPU/wall ≥ 1.5)")

/// dossier-1.0.xsd skips the embedded project (Jalon validates it against its own version's schema);
/// the peer's copy imports project-1.1.xsd and validates it strictly, so both sides check everything.
func peerSchema(in folder: String) throws -> String {
    let dossier = try String(contentsOf: JalonResources.url("Schemas/dossier-1.0.xsd")!, encoding: .utf8)
    let project = JalonResources.url("Schemas/project-\(ProjectFormat.standard.current).xsd")!.path
    guard let opening = dossier.range(of: "attributeFormDefault=\"unqualified\">"),
          dossier.contains("processContents=\"skip\"") else { throw ProcessRun.Failure(description: "dossier-1.0.xsd changed: update peerSchema") }
    let strict = dossier.replacingCharacters(in: opening, with: "attributeFormDefault=\"unqualified\">\n<xs:import namespace=\"\(ProjectCodec.namespace)\" schemaLocation=\"\(project)\"/>")
        .replacingOccurrences(of: "processContents=\"skip\"", with: "processContents=\"strict\"")
    let path = folder + "/peer-dossier-strict.xsd"
    try strict.write(toFile: path, atomically: true, encoding: .utf8)
    return path
}

func loadAverage() -> String {
    var loads = [Double](repeating: 0, count: 3)
    return getloadavg(&loads, 3) == 3 ? String(format: "%.1f", loads[0]) : "?"
}
