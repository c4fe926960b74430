import Foundation
import JalonTestSupport

/// Wall-clock samples of a piece of work, reported as median and p90 in milliseconds.
struct Measurement {
    var name: String
    var samples: [Double]

    var median: Double { percentile(0.5) }
    var p90: Double { percentile(0.9) }

    func percentile(_ fraction: Double) -> Double {
        let sorted = samples.sorted()
        return sorted[min(sorted.count - 1, Int((Double(sorted.count - 1) * fraction).rounded()))]
    }

    static func run(_ name: String, iterations: Int, warmUp: Int = 3, _ work: () throws -> Void) rethrows -> Measurement {
        for _ in 0..<warmUp { try work() }
        var samples: [Double] = []
        for _ in 0..<iterations {
            let start = DispatchTime.now().uptimeNanoseconds
            try work()
            samples.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1_000_000)
        }
        return Measurement(name: name, samples: samples)
    }

    var line: String {
        "\(name.padding(toLength: 58, withPad: " ", startingAt: 0)) median \(String(format: "%8.3f", median)) ms   p90 \(String(format: "%8.3f", p90)) ms"
    }
}

/// Runs a command `iterations` times and measures each whole process, start to exit
/// (`ProcessRun`: posix_spawn and wait4, since Foundation's `Process.waitUntilExit` polls and rounds
/// every run up to ~50 ms).
func measureProcess(_ name: String, iterations: Int, executable: String, arguments: [String]) throws -> Measurement {
    try Measurement.run(name, iterations: iterations, warmUp: 2) {
        let run = try ProcessRun.run(executable, arguments)
        if run.status != 0 {
            throw BenchmarkFailure(message: "\(executable) \(arguments.joined(separator: " ")) failed (status \(run.status))")
        }
    }
}

struct BenchmarkFailure: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
}
