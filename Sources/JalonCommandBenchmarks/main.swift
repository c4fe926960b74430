import Foundation
import JalonTestSupport

// `swift build -c release --product jalon && swift run -c release JalonCommandBenchmarks [JALON] [--runs N]`
// (from the repository root). Times `jalon status` and `jalon metiers suggest` as whole processes on a
// realistic project, against a peer run in the same process: `xmllint --noout --schema` validating the
// same project document, a comparable small CLI process. Runs are interleaved so load hits all alike.

let (runs, binary): (Int, String?) = {
    var arguments = Array(CommandLine.arguments.dropFirst())
    var runs = 21
    if let index = arguments.firstIndex(of: "--runs"), index + 1 < arguments.count, let value = Int(arguments[index + 1]), value > 0 {
        runs = value
        arguments.removeSubrange(index...(index + 1))
    }
    return (runs, arguments.first)
}()
let jalon = URL(fileURLWithPath: binary ?? ".build/release/jalon").standardizedFileURL.path
let schema = URL(fileURLWithPath: "Resources/Schemas/project-1.1.xsd").standardizedFileURL.path
let xmllint = "/usr/bin/xmllint"
for (path, what) in [(jalon, "the release jalon binary (swift build -c release --product jalon)"), (schema, "the project schema (run from the repository root)"),
                     (xmllint, "xmllint (Debian libxml2-utils)")] where !FileManager.default.fileExists(atPath: path) {
    FileHandle.standardError.write(Data("missing \(path): \(what)\n".utf8))
    exit(2)
}

func ms(_ seconds: Double) -> String { String(format: "%.1f ms", seconds * 1000) }

func measure(in folder: String) throws {
    let project = try BenchmarkProject.prepare(jalon: jalon, store: folder + "/store", document: folder + "/project.xml")
    let peer = (name: "xmllint (peer)", arguments: ["--noout", "--schema", schema, project.document])
    let commands: [(name: String, arguments: [String], goal: Double)] = [
        ("jalon status", ["status", project.id, "--store", project.store], 0.100),
        ("jalon metiers suggest", ["metiers", "suggest", project.id, "--store", project.store], 0.200),
    ]
    /// One whole process (`ProcessRun`: posix_spawn, wait4); a failure stops the benchmark.
    func timed(_ name: String, _ executable: String, _ arguments: [String]) throws -> ProcessRun {
        let run = try ProcessRun.run(executable, arguments)
        guard run.status == 0 else { throw ProcessRun.Failure(description: "\(name): failed (\(run.status))") }
        return run
    }

    // One untimed round warms the page cache for every program.
    for command in commands { _ = try timed(command.name, jalon, command.arguments) }
    _ = try timed(peer.name, xmllint, peer.arguments)

    var runsOf = Array(repeating: [ProcessRun](), count: commands.count), peerRuns: [ProcessRun] = []
    for _ in 0..<runs {
        for (index, command) in commands.enumerated() { runsOf[index].append(try timed(command.name, jalon, command.arguments)) }
        peerRuns.append(try timed(peer.name, xmllint, peer.arguments))
    }

    func line(_ name: String, _ summary: RunSummary) -> String {
        "\(name.padding(toLength: 22, withPad: " ", startingAt: 0))  median \(ms(summary.wall))  p90 \(ms(summary.percentile(0.9, \.wall)))  CPU \(ms(summary.cpu))"
    }
    let peerSummary = RunSummary(runs: peerRuns)
    print("\(runs) runs each, interleaved; project: \(project.summary); wall time, then CPU time (user + system)")
    print(line(peer.name, peerSummary))
    for (index, command) in commands.enumerated() {
        let summary = RunSummary(runs: runsOf[index])
        let verdict = summary.wall <= command.goal ? "within" : "OVER"
        print(line(command.name, summary) + "  " + String(format: "%.2f× the peer (wall), %.2f× (CPU)", summary.wall / peerSummary.wall, summary.cpu / peerSummary.cpu)
              + "  goal ≤ \(ms(command.goal)): \(verdict)")
    }
}

let folder = FileManager.default.temporaryDirectory.appendingPathComponent("jalon-command-bench-\(UUID().uuidString.prefix(8))").path
var failed = false
do {
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    try measure(in: folder)
} catch {
    FileHandle.standardError.write(Data("JalonCommandBenchmarks: \(error)\n".utf8))
    failed = true
}
try? FileManager.default.removeItem(atPath: folder)
exit(failed ? 1 : 0)
