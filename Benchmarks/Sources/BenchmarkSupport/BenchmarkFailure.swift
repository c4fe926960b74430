/// Why a benchmark stopped: a peer or Jalon failed, or an input is missing. Printed as is.
public struct BenchmarkFailure: Error, CustomStringConvertible {
    public let description: String
    public init(_ description: String) { self.description = description }
}
