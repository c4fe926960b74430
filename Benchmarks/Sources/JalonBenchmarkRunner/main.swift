import BenchmarkSupport
import Foundation

// One runner for the figures of issue 17: start-up and CLI calls (JalonCommandBenchmarks) and the
// caseload review (JalonReviewBenchmark), each Jalon's figure beside its peer's measured in the same
// run, the ratio, the goal and the machine's load, as Markdown tables dated for docs/performances.md. `--all`
// adds the project document, the catalogue, the matching and the server under load.
//
//     swift build -c release --static-swift-stdlib --product jalon --scratch-path .build-release && swift build --package-path Benchmarks -c release
//     Benchmarks/.build/release/JalonBenchmarkRunner [--all] [--quick]      (the suites are its siblings)
//
// --quick: fewer runs and a caseload of 2,000, for a look; the tables in docs/performances.md come from a run without it.

let arguments = Set(CommandLine.arguments.dropFirst())
let quick = arguments.contains("--quick")
let here = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()

var suites: [(name: String, arguments: [String])] = [
    ("JalonCommandBenchmarks", quick ? ["--runs", "7"] : ["--runs", "21"]),
    ("JalonReviewBenchmark", quick ? ["--count", "2000", "--runs", "3"] : ["--runs", "5"])
]
if arguments.contains("--all") {
    suites += [("JalonBenchmarks", []), ("JalonCatalogueBenchmarks", []), ("JalonMatchingBenchmark", []), ("JalonServerLoadBenchmark", [])]
}

print("# Jalon benchmarks, \(Machine.summary)\n")
var failed: [String] = []
for suite in suites {
    // Each suite is its own process, built beside this one: its output goes straight to ours.
    let process = Process()
    process.executableURL = here.appendingPathComponent(suite.name)
    process.arguments = suite.arguments
    do {
        try process.run()
        process.waitUntilExit()
        if process.terminationStatus != 0 { failed.append(suite.name) }
    } catch {
        failed.append(suite.name)
        FileHandle.standardError.write(Data("\(suite.name): \(error)\n".utf8))
    }
    print("")
}
print("Load at the end: \(Machine.load)")
if !failed.isEmpty {
    FileHandle.standardError.write(Data("failed: \(failed.joined(separator: ", "))\n".utf8))
    exit(1)
}
