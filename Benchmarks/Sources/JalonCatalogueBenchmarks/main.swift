import BenchmarkSupport
import Foundation
import JalonCatalogue

// Measures the catalogue against a peer on the same data (catalogue_peer.py, beside this file: CPython's csv
// module over the source CSVs): time from process start to a catalogue ready to search, peak memory,
// and the median time of a search. Release build, in Benchmarks/:
//
//   swift run -c release JalonCatalogueBenchmarks [--runs 15] [--artifact FILE] [--data DIR] [--python python3]
//   swift run -c release JalonCatalogueBenchmarks --lheo-feed 10000 /tmp/flux.xml   (then: /usr/bin/time -v jalon catalogue import-lheo /tmp/flux.xml)

/// The queries timed, typed as people type them (a mix of métiers, skills and diplomas).
let queries = [
    "aide soignante", "AIDE-SOIGNANT", "infirmiere", "boulangère", "developpeur web", "plombier", "conductrice de bus",
    "électricien", "vendeuse", "asistante maternelle", "comptable", "BTS MCO", "cap cuisine", "bac pro ASSP",
    "gérer une caisse", "soudure", "auxilaire de puericulture", "agent d'entretien", "chauffeur poids lourd", "infirmeire scolaire"
]

struct Arguments {
    var runs = 15
    var artifact = Repository.path("Resources/Catalogue/catalogue.jcat")
    var data = Repository.path("../shared/data")
    var python = "python3"
    var childReady = false
    /// `--lheo-feed N FILE`: writes a feed of N copies of the real LHÉO offer, for the streaming measure.
    var lheoFeed: (count: Int, path: String)?

    init(_ list: [String]) {
        var iterator = list.dropFirst().makeIterator()
        while let argument = iterator.next() {
            switch argument {
            case "--runs": runs = iterator.next().flatMap(Int.init) ?? runs
            case "--artifact": artifact = iterator.next() ?? artifact
            case "--data": data = iterator.next() ?? data
            case "--python": python = iterator.next() ?? python
            case "--child-ready": childReady = true
            case "--lheo-feed":
                guard let count = iterator.next().flatMap(Int.init), let path = iterator.next() else {
                    FileHandle.standardError.write(Data("--lheo-feed attend un nombre d’offres et un fichier.\n".utf8))
                    exit(2)
                }
                lheoFeed = (count, path)
            default:
                FileHandle.standardError.write(Data("Argument inconnu : \(argument)\n".utf8))
                exit(2)
            }
        }
    }
}

func peakMemoryMB() -> Double {
    var usage = rusage()
    #if os(Linux)
        getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
    #else
        getrusage(RUSAGE_SELF, &usage)
    #endif
    return Double(usage.ru_maxrss) / 1024  // kilobytes on Linux (bytes on macOS)
}

/// A whole process's wall time in milliseconds (`ProcessRun`) and its standard output, collected
/// through a file so that no reading thread is timed.
func timedRun(_ executable: String, _ arguments: [String]) throws -> (ms: Double, output: String) {
    let outputPath = NSTemporaryDirectory() + "jalon-bench-\(getpid()).out"
    defer { unlink(outputPath) }
    let run = try ProcessRun.run(executable, arguments, standardOutput: outputPath)
    guard run.status == 0 else { throw BenchmarkFailure("\(executable) a échoué (statut \(run.status))") }
    return (run.wall * 1000, (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? "")
}

func field(_ name: String, in json: String) -> Double? {
    guard let object = try? JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any] else { return nil }
    return (object[name] as? NSNumber)?.doubleValue
}

let arguments = Arguments(CommandLine.arguments)

/// Repeats the `<formation>` of the real sample `count` times (each with its own numero), so that the
/// streaming import can be measured on a feed of realistic offers and any size.
func writeLHEOFeed(count: Int, to path: String, data: String) throws {
    let sample = try String(contentsOfFile: data + "/lheo/exemple-bts-onisep.xml", encoding: .utf8)
    guard let start = sample.range(of: "<formation "), let end = sample.range(of: "</formation>") else {
        throw BenchmarkFailure("exemple LHÉO sans <formation>")
    }
    let offer = String(sample[start.lowerBound..<end.upperBound]) + "\n"
    guard FileManager.default.createFile(atPath: path, contents: nil), let handle = FileHandle(forWritingAtPath: path) else {
        throw BenchmarkFailure("impossible d’écrire \(path)")
    }
    defer { try? handle.close() }
    handle.write(Data(sample[..<start.lowerBound].utf8))
    for index in 0..<count {
        handle.write(Data(offer.replacingOccurrences(of: "<formation numero=\"", with: "<formation numero=\"copie\(index)-").utf8))
    }
    handle.write(Data(sample[end.upperBound...].utf8))
}

if let feed = arguments.lheoFeed {
    do {
        try writeLHEOFeed(count: feed.count, to: feed.path, data: arguments.data)
        print("\(feed.path) : \(feed.count) offres LHÉO écrites")
        exit(0)
    } catch {
        FileHandle.standardError.write(Data("\(error)\n".utf8))
        exit(1)
    }
}

if arguments.childReady {
    // Child process: load, answer one search so the index is touched, report and exit.
    let start = DispatchTime.now().uptimeNanoseconds
    do {
        let catalogue = try Catalogue(contentsOf: arguments.artifact)
        _ = catalogue.search("aide soignante", limit: 10)
        let loadMs = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6
        print("{\"load_ms\": \(loadMs), \"peak_mb\": \(peakMemoryMB())}")
    } catch {
        FileHandle.standardError.write(Data("\(error)\n".utf8))
        exit(1)
    }
    exit(0)
}

do {
    let selfPath = Bundle.main.executablePath ?? CommandLine.arguments[0]
    let peer = Repository.path("Benchmarks/Sources/JalonCatalogueBenchmarks/catalogue_peer.py")
    var swiftWall: [Double] = [], swiftLoad: [Double] = [], swiftPeak: [Double] = []
    var peerWall: [Double] = [], peerLoad: [Double] = [], peerPeak: [Double] = [], peerSearch: [Double] = []
    for _ in 0..<arguments.runs {
        let swiftRun = try timedRun(selfPath, ["--child-ready", "--artifact", arguments.artifact])
        swiftWall.append(swiftRun.ms)
        swiftLoad.append(field("load_ms", in: swiftRun.output) ?? .nan)
        swiftPeak.append(field("peak_mb", in: swiftRun.output) ?? .nan)
        let peerRun = try timedRun(Repository.executable(arguments.python), [peer, arguments.data, "--ready-only"])
        peerWall.append(peerRun.ms)
        peerLoad.append(field("load_ms", in: peerRun.output) ?? .nan)
        peerPeak.append(field("peak_mb", in: peerRun.output) ?? .nan)
    }
    // The peer's searches are slow; three runs of 3 × 20 queries give a stable median.
    for _ in 0..<3 {
        let peerRun = try timedRun(Repository.executable(arguments.python), [peer, arguments.data] + queries)
        peerSearch.append(field("search_median_ms", in: peerRun.output) ?? .nan)
    }

    // Search: median over every (query, repetition) in this process.
    let catalogue = try Catalogue(contentsOf: arguments.artifact)
    var searchTimes: [Double] = []
    for _ in 0..<50 {
        for query in queries {
            let start = DispatchTime.now().uptimeNanoseconds
            _ = catalogue.search(query, limit: 10)
            searchTimes.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
        }
    }
    let sortedSearch = searchTimes.sorted()
    let searchMedian = median(searchTimes), search95 = sortedSearch[Int(Double(sortedSearch.count) * 0.95)]

    func row(_ name: String, _ swift: Double, _ peer: Double, goal: String) -> String {
        let label = name.padding(toLength: 44, withPad: " ", startingAt: 0)
        return "\(label) \(String(format: "%10.2f", swift)) \(String(format: "%12.2f", peer)) \(String(format: "%8.1f×", peer / swift))  \(goal)"
    }
    print("Catalogue Jalon \(catalogue.version) — \(arguments.runs) exécutions, médianes (pair : catalogue_peer.py, csv de CPython)")
    print("Machine : \(Machine.summary)")
    print("mesure".padding(toLength: 44, withPad: " ", startingAt: 0) + "      Swift          pair    ratio  objectif")
    print(row("lancement → prêt, processus entier (ms)", median(swiftWall), median(peerWall), goal: "≤ 50 ms"))
    print(row("chargement dans le processus (ms)", median(swiftLoad), median(peerLoad), goal: ""))
    print(row("mémoire maximale (Mo)", median(swiftPeak), median(peerPeak), goal: "≤ 150 Mo"))
    print(row("recherche, médiane (ms)", searchMedian, median(peerSearch), goal: "≤ 1 ms"))
    print("recherche Swift, 95e centile : \(String(format: "%.3f", search95)) ms sur \(searchTimes.count) recherches")
} catch {
    FileHandle.standardError.write(Data("Benchmark impossible : \(error)\n".utf8))
    exit(1)
}
