/// One figure of Jalon beside its peer's, measured in the same run.
public struct Comparison: Sendable {
    public var measure: String
    public var jalon: Double
    /// The peer's command, as a reader would type it.
    public var peerName: String
    public var peer: Double?
    public var unit: String
    /// The goal, in words (`≤ 1.5× the peer`, `≤ 15 ms`), and whether this run met it.
    public var goal: String
    public var met: Bool?

    public init(_ measure: String, jalon: Double, peer: Double?, peerName: String, unit: String, goal: String = "", met: Bool? = nil) {
        self.measure = measure
        self.jalon = jalon
        self.peer = peer
        self.peerName = peerName
        self.unit = unit
        self.goal = goal
        self.met = met
    }

    /// Jalon over the peer: below 1, Jalon is faster (or smaller).
    public var ratio: Double? { peer.map { jalon / $0 } }
}

/// A table of comparisons, headed by the date and the machine's load, in Markdown: what docs/performances.md's
/// performance tables are pasted from.
public struct Report: Sendable {
    public var title: String
    public var rows: [Comparison] = []
    /// Machine load when the report started and when it ended (the figures are only as good as these).
    public let loadBefore = Machine.load

    public init(title: String) { self.title = title }

    public mutating func add(_ row: Comparison) { rows.append(row) }

    public func markdown() -> String {
        var lines = [
            "### \(title)", "", "Measured \(Machine.summary); load at the start \(loadBefore).", "",
            "| measure | Jalon | peer | peer's figure | ratio | goal |", "|---|---|---|---|---|---|"
        ]
        for row in rows {
            let digits = row.jalon < 10 ? 2 : 1
            let peer = row.peer.map { "\(fixed($0, digits)) \(row.unit)" } ?? "—"
            let ratio = row.ratio.map { "\(fixed($0, 2))×" } ?? "—"
            let verdict = row.met.map { $0 ? " ✓" : " ✗" } ?? ""
            lines.append("| \(row.measure) | \(fixed(row.jalon, digits)) \(row.unit) | \(row.peerName) | \(peer) | \(ratio) | \(row.goal)\(verdict) |")
        }
        return lines.joined(separator: "\n")
    }
}
