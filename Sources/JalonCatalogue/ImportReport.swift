/// What an import counted and what it could not join. It travels inside the artifact, so
/// `jalon catalogue stats` can show it without the sources.
public struct ImportReport: Sendable, Equatable {
    /// A figure: records read, joins achieved. `total` is the denominator of a coverage, if any.
    public struct Count: Sendable, Equatable {
        public let key: String
        public let value: Int
        public let total: Int?
    }

    /// Something the importer could not join or had to repair, with a few examples.
    public struct Anomaly: Sendable, Equatable {
        public let key: String
        public let count: Int
        public let examples: [String]
    }

    public private(set) var counts: [Count] = []
    public private(set) var anomalies: [Anomaly] = []

    public init() {}

    public mutating func count(_ key: String, _ value: Int, of total: Int? = nil) {
        counts.append(Count(key: key, value: value, total: total))
    }

    /// Adds occurrences of an anomaly; examples beyond the first few are only counted.
    public mutating func anomaly(_ key: String, example: String? = nil, count: Int = 1) {
        if let index = anomalies.firstIndex(where: { $0.key == key }) {
            let old = anomalies[index]
            var examples = old.examples
            if let example, examples.count < Self.maxExamples, !examples.contains(example) { examples.append(example) }
            anomalies[index] = Anomaly(key: key, count: old.count + count, examples: examples)
        } else {
            anomalies.append(Anomaly(key: key, count: count, examples: example.map { [$0] } ?? []))
        }
    }

    /// Records that these checks ran: each one not found yet is listed with a count of 0, so the report
    /// shows what was looked for and not only what was found.
    public mutating func declareChecked(_ keys: [String]) {
        for key in keys where !anomalies.contains(where: { $0.key == key }) {
            anomalies.append(Anomaly(key: key, count: 0, examples: []))
        }
    }

    public func value(_ key: String) -> Int? { counts.first { $0.key == key }?.value }
    public func anomalyCount(_ key: String) -> Int { anomalies.first { $0.key == key }?.count ?? 0 }

    static let maxExamples = 5

    // Stored as report rows: kind 0 count (examples = total), kind 1 anomaly (examples joined by tabs).
    func write(pool: inout StringPoolBuilder, to writer: inout ArtifactWriter) {
        var table = TableBuilder<ReportColumn>()
        for count in counts {
            table.append([.kind: 0, .key: pool.intern(count.key), .value: UInt32(count.value), .examples: OptionalWord.encode(count.total)])
        }
        for anomaly in anomalies {
            table.append([
                .kind: 1, .key: pool.intern(anomaly.key), .value: UInt32(anomaly.count),
                .examples: pool.intern(anomaly.examples.joined(separator: "\t"))
            ])
        }
        table.write(SectionName.report, to: &writer)
    }

    init(table: Table<ReportColumn>, pool: StringPool) {
        for row in 0..<table.count {
            let key = pool[table[row, .key]], value = Int(table[row, .value])
            if table[row, .kind] == 0 {
                counts.append(Count(key: key, value: value, total: OptionalWord.decode(table[row, .examples])))
            } else {
                let examples = pool[table[row, .examples]]
                anomalies.append(Anomaly(key: key, count: value, examples: examples.isEmpty ? [] : examples.split(separator: "\t").map(String.init)))
            }
        }
    }
}
