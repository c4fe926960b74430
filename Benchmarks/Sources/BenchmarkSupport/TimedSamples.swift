import Dispatch

/// Wall-clock samples of a piece of work done in this process, in milliseconds.
public struct TimedSamples: Sendable {
    public var name: String
    public var samples: [Double]

    public init(name: String, samples: [Double]) {
        self.name = name
        self.samples = samples
    }

    public var median: Double { BenchmarkSupport.median(samples) }
    public var p90: Double { percentile(samples, 0.9) }

    /// `work` run `warmUp` times untimed, then `iterations` times timed.
    public static func run(_ name: String, iterations: Int, warmUp: Int = 3, _ work: () throws -> Void) rethrows -> TimedSamples {
        for _ in 0..<warmUp { try work() }
        var samples: [Double] = []
        samples.reserveCapacity(iterations)
        for _ in 0..<iterations { samples.append(try milliseconds(work)) }
        return TimedSamples(name: name, samples: samples)
    }

    /// One aligned line: name, median and p90.
    public var line: String {
        "\(name.padding(toLength: 58, withPad: " ", startingAt: 0)) median \(fixed(median, 3).leftPadded(8)) ms   p90 \(fixed(p90, 3).leftPadded(8)) ms"
    }
}

/// How long `work` took, in milliseconds.
public func milliseconds(_ work: () throws -> Void) rethrows -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    try work()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6
}
