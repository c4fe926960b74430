import BenchmarkSupport
import Foundation
import JalonCatalogue
import JalonCore
import JalonStore

// Times métier matching — every one of the 1,584 fiches scored and ranked for one person (Karim,
// Samples/karim-montbeliard-reconversion.xml) — against the same formulas written with NumPy over the
// same data (matching_peer.py, beside this file). The index's arrays and the person's inputs are exported to a
// JSON file in a temporary folder, which the peer reads; both rankings are compared before any figure
// is printed. Release build, in Benchmarks/:
//
//   swift run -c release JalonMatchingBenchmark [--runs 2000] [--python python3] [--sample FILE] [--keep-data FILE.json]

struct Arguments {
    var runs = 2000
    var python = "python3"
    var sample = Repository.path("Samples/karim-montbeliard-reconversion.xml")
    /// Also keep the exported arrays here, to run the peer alone.
    var keepData: String?

    init(_ list: [String]) {
        var iterator = list.dropFirst().makeIterator()
        while let argument = iterator.next() {
            switch argument {
            case "--runs": runs = iterator.next().flatMap(Int.init) ?? runs
            case "--python": python = iterator.next() ?? python
            case "--sample": sample = iterator.next() ?? sample
            case "--keep-data": keepData = iterator.next()
            default:
                FileHandle.standardError.write(Data("Argument inconnu : \(argument)\n".utf8))
                exit(2)
            }
        }
    }
}

/// Runs the peer and returns its JSON line.
func runPeer(python: String, script: String, data: String, runs: Int) throws -> [String: Any] {
    let output = try ProcessRun.output(Repository.executable(python), [script, data, "--runs", String(runs)])
    guard let object = try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any] else {
        throw BenchmarkFailure("le pair \(script) n’a pas répondu en JSON")
    }
    return object
}

let arguments = Arguments(CommandLine.arguments)
do {
    let catalogue = try Catalogue.bundled()
    var storedTimes: [Double] = [], buildTimes: [Double] = [], readTimes: [Double] = []
    var index = try catalogue.matchingIndex()
    for _ in 0..<5 {
        storedTimes.append(try milliseconds { index = try catalogue.matchingIndex() })
        buildTimes.append(milliseconds { _ = catalogue.rebuiltMatchingIndex() })
        readTimes.append(milliseconds { _ = catalogue.matchingIndexSource() })
    }

    let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: arguments.sample)))
    let project = try ProjectCodec.decode(try ProjectDocumentLoader().load(bytes: bytes, sourceName: arguments.sample).document)
    let person = MatchingPerson(project: project)

    var ranking = MatchingRanking(index: index, person: person)
    for _ in 0..<100 { ranking = MatchingRanking(index: index, person: person) }
    var times: [Double] = []
    times.reserveCapacity(arguments.runs)
    for _ in 0..<arguments.runs { times.append(milliseconds { ranking = MatchingRanking(index: index, person: person) }) }
    var explainTimes: [Double] = []
    for _ in 0..<200 { explainTimes.append(milliseconds { _ = ranking.top(10) }) }
    var leverTimes: [Double] = []
    for _ in 0..<50 { leverTimes.append(milliseconds { _ = ranking.levers(for: RomeCode("I1310")!) }) }

    // The same person and index for the peer.
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("jalon-matching-bench-\(getpid())")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let dataFile = folder.appendingPathComponent("matching.json")
    let exported = try JSONEncoder().encode(index.arrays(for: person))
    try exported.write(to: dataFile)
    if let keep = arguments.keepData { try exported.write(to: URL(fileURLWithPath: keep)) }
    let peer = try runPeer(
        python: arguments.python, script: Repository.path("Benchmarks/Sources/JalonMatchingBenchmark/matching_peer.py"), data: dataFile.path,
        runs: arguments.runs)
    let peerTop = (peer["top"] as? [[NSNumber]]) ?? []
    let swiftTop = ranking.order.prefix(20).map { ($0, ranking.scores[$0].isExcluded ? 0 : ranking.scores[$0].total) }
    guard peerTop.count == swiftTop.count, zip(peerTop, swiftTop).allSatisfy({ $0[0].intValue == $1.0 && abs($0[1].doubleValue - $1.1) < 1e-9 })
    else { throw BenchmarkFailure("le pair et Jalon ne classent pas les fiches de la même façon") }
    let peerMedian = (peer["median_ms"] as? NSNumber)?.doubleValue ?? .nan
    let peerP99 = (peer["p99_ms"] as? NSNumber)?.doubleValue ?? .nan

    let swiftMedian = median(times), swiftP99 = percentile(times, 0.99)
    func row(_ name: String, _ swift: Double, _ peer: Double?, goal: String = "") -> String {
        let label = name.padding(toLength: 46, withPad: " ", startingAt: 0)
        let peerText = peer.map { String(format: "%10.3f", $0) } ?? String(repeating: " ", count: 10)
        let ratio = peer.map { String(format: "%8.1f×", $0 / swift) } ?? String(repeating: " ", count: 9)
        return "\(label) \(String(format: "%9.3f", swift)) \(peerText) \(ratio)  \(goal)"
    }
    print("Appariement métiers — \(index.ficheCount) fiches, \(index.itemCount) items, personne : \(arguments.sample)")
    print("\(arguments.runs) classements mesurés de chaque côté ; pair : matching_peer.py (NumPy), mêmes données, mêmes 20 premiers")
    print("Machine : \(Machine.summary)")
    print("mesure".padding(toLength: 46, withPad: " ", startingAt: 0) + "  Swift (ms)  NumPy (ms)    ratio  objectif")
    print(row("classement des 1 584 fiches, médiane", swiftMedian, peerMedian, goal: "≤ 2 ms, plus rapide que NumPy"))
    print(row("classement des 1 584 fiches, 99e centile", swiftP99, peerP99))
    print(row("explications des 10 premières, médiane", median(explainTimes), nil))
    print(row("leviers d’une fiche (I1310), médiane", median(leverTimes), nil))
    print(row("index lu dans le catalogue (une fois par processus), médiane", median(storedTimes), nil))
    print(row("index reconstruit depuis les tables, médiane", median(buildTimes), nil))
    print(row("  dont lecture du catalogue, médiane", median(readTimes), nil))
} catch {
    FileHandle.standardError.write(Data("Benchmark impossible : \(error)\n".utf8))
    exit(1)
}
