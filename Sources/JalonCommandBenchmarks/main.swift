import Foundation

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
    let peer = [xmllint, "--noout", "--schema", schema, project.document]
    let commands: [(name: String, arguments: [String], goal: Double)] = [
        ("jalon status", [jalon, "status", project.id, "--store", project.store], 0.100),
        ("jalon metiers suggest", [jalon, "metiers", "suggest", project.id, "--store", project.store], 0.200),
    ]

    // One untimed round warms the page cache for every program.
    for command in commands.map(\.arguments) + [peer] { _ = try Spawn.timed(command) }

    var times = Array(repeating: [Double](), count: commands.count), cpuTimes = times
    var peerTimes: [Double] = [], peerCPU: [Double] = []
    for _ in 0..<runs {
        for (index, command) in commands.enumerated() {
            let run = try Spawn.timed(command.arguments)
            guard run.status == 0 else { throw SpawnError(path: command.name, code: run.status) }
            times[index].append(run.seconds)
            cpuTimes[index].append(run.cpuSeconds)
        }
        let run = try Spawn.timed(peer)
        guard run.status == 0 else { throw SpawnError(path: "xmllint", code: run.status) }
        peerTimes.append(run.seconds)
        peerCPU.append(run.cpuSeconds)
    }

    let peerMedian = Timing.median(peerTimes), peerCPUMedian = Timing.median(peerCPU)
    print("\(runs) runs each, interleaved; project: \(project.summary); wall time, then CPU time (user + system)")
    print("\("xmllint (peer)".padding(toLength: 22, withPad: " ", startingAt: 0))  median \(ms(peerMedian))  p90 \(ms(Timing.percentile(peerTimes, 0.9)))"
          + "  CPU \(ms(peerCPUMedian))")
    for (index, command) in commands.enumerated() {
        let median = Timing.median(times[index]), cpu = Timing.median(cpuTimes[index])
        let verdict = median <= command.goal ? "within" : "OVER"
        print("\(command.name.padding(toLength: 22, withPad: " ", startingAt: 0))  median \(ms(median))  p90 \(ms(Timing.percentile(times[index], 0.9)))"
              + "  CPU \(ms(cpu))  " + String(format: "%.2f× the peer (wall), %.2f× (CPU)", median / peerMedian, cpu / peerCPUMedian)
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
