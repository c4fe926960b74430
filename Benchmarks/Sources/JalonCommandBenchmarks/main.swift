import BenchmarkSupport
import Foundation

// `swift build -c release --product jalon` at the root, then
// `swift run --package-path Benchmarks -c release JalonCommandBenchmarks [JALON] [--runs N]`.
// Times CLI calls as whole processes (start-up included) on a realistic project, against a peer run in
// the same run: `xmllint --noout --schema` validating the same project document, the smallest CLI
// process that does comparable work. Runs are interleaved so that the machine's load hits all alike.

let (runs, binary): (Int, String?) = {
    var arguments = Array(CommandLine.arguments.dropFirst())
    var runs = 21
    if let index = arguments.firstIndex(of: "--runs"), index + 1 < arguments.count, let value = Int(arguments[index + 1]), value > 0 {
        runs = value
        arguments.removeSubrange(index...(index + 1))
    }
    return (runs, arguments.first)
}()
let jalon = URL(fileURLWithPath: binary ?? Repository.releaseJalon).standardizedFileURL.path
let schema = Repository.path("Resources/Schemas/project-1.1.xsd")
let xmllint = "/usr/bin/xmllint"
for (path, what) in [
    (jalon, "the release jalon binary (swift build -c release --product jalon)"), (schema, "the project schema"),
    (xmllint, "xmllint (Debian libxml2-utils)")
] where !FileManager.default.fileExists(atPath: path) {
    FileHandle.standardError.write(Data("missing \(path): \(what)\n".utf8))
    exit(2)
}

/// A command timed, and its goal: an absolute one, or a ratio to the peer.
struct TimedCommand {
    var name: String
    var arguments: [String]
    var goal: Goal

    enum Goal {
        case atMost(seconds: Double)
        case timesPeer(Double)
    }
}

func measure(in folder: String) throws {
    var report = Report(title: "CLI calls as whole processes, medians of \(runs) interleaved runs")
    let project = try BenchmarkProject.prepare(jalon: jalon, store: folder + "/store", document: folder + "/project.xml")
    let peer = (name: "`xmllint --noout --schema` on the project (\(project.summary))", arguments: ["--noout", "--schema", schema, project.document])
    let commands = [
        TimedCommand(name: "`jalon validate` the same file", arguments: ["validate", project.document], goal: .timesPeer(1.5)),
        TimedCommand(name: "`jalon status`", arguments: ["status", project.id, "--store", project.store], goal: .atMost(seconds: 0.015)),
        TimedCommand(
            name: "`jalon pistes suggest`", arguments: ["metiers", "suggest", project.id, "--store", project.store],
            goal: .atMost(seconds: 0.040)),
        TimedCommand(
            name: "`jalon pistes explain … I1310`", arguments: ["metiers", "explain", project.id, "I1310", "--store", project.store],
            goal: .atMost(seconds: 0.040)),
        TimedCommand(name: "`jalon --help`", arguments: ["--help"], goal: .timesPeer(1))
    ]
    /// One whole process (`ProcessRun`: posix_spawn, wait4); a failure stops the benchmark.
    func timed(_ name: String, _ executable: String, _ arguments: [String]) throws -> ProcessRun {
        let run = try ProcessRun.run(executable, arguments)
        guard run.status == 0 else { throw BenchmarkFailure("\(name): failed (\(run.status))") }
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

    let peerSummary = RunSummary(runs: peerRuns)
    for (index, command) in commands.enumerated() {
        let summary = RunSummary(runs: runsOf[index])
        let (goal, met): (String, Bool) =
            switch command.goal {
            case .atMost(let seconds): ("≤ \(fixed(seconds * 1000, 0)) ms", summary.wall <= seconds)
            case .timesPeer(let ratio): ("≤ \(fixed(ratio, 1))× the peer", summary.wall <= ratio * peerSummary.wall)
            }
        report.add(
            Comparison(
                command.name + ", wall", jalon: summary.wall * 1000, peer: peerSummary.wall * 1000, peerName: peer.name,
                unit: "ms", goal: goal, met: met))
        report.add(Comparison(command.name + ", CPU", jalon: summary.cpu * 1000, peer: peerSummary.cpu * 1000, peerName: peer.name, unit: "ms"))
    }
    print(report.markdown())
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
