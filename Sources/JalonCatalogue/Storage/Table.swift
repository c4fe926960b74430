/// The columns of one table; a table stores each row as that many 32-bit words.
protocol TableColumns: CaseIterable, Hashable, RawRepresentable where RawValue == Int {}

/// Rows of fixed width, stored flat.
struct Table<Column: TableColumns>: Sendable {
    let words: Words
    static var width: Int { Column.allCases.count }

    init(reader: ArtifactReader, name: String) throws(CatalogueError) {
        words = try reader.words(name)
        guard words.count % Self.width == 0 else { throw .corrupt(path: reader.source, detail: name) }
    }

    var count: Int { words.count / Self.width }

    subscript(row: Int, column: Column) -> UInt32 { words[row * Self.width + column.rawValue] }
}

/// Builds a table row by row; a row is a dictionary from columns to words, missing columns are 0.
struct TableBuilder<Column: TableColumns> {
    private(set) var words: [UInt32] = []
    var count: Int { words.count / Table<Column>.width }

    mutating func append(_ values: [Column: UInt32]) {
        let start = words.count
        words += Array(repeating: 0, count: Table<Column>.width)
        for (column, value) in values { words[start + column.rawValue] = value }
    }

    func write(_ name: String, to writer: inout ArtifactWriter) { writer.addSection(name, words: words) }
}

/// A one-to-many relation: for each owner row, a run of tuples of `arity` words.
/// Stored as `[arity, ownerCount, offsets (ownerCount + 1)…, values…]`.
struct Relation: Sendable {
    let arity: Int
    let offsets: Words
    let values: Words

    init(reader: ArtifactReader, name: String) throws(CatalogueError) {
        let words = try reader.words(name)
        guard words.count >= 2 else { throw .corrupt(path: reader.source, detail: name) }
        arity = Int(words[0])
        let owners = Int(words[1])
        guard arity > 0, words.count >= 2 + owners + 1 else { throw .corrupt(path: reader.source, detail: name) }
        offsets = words.slice(2..<3 + owners)
        values = words.slice(3 + owners..<words.count)
        guard let last = offsets.last, Int(last) * arity == values.count else { throw .corrupt(path: reader.source, detail: name) }
    }

    var ownerCount: Int { offsets.count - 1 }

    /// The number of tuples of `owner`.
    func count(of owner: Int) -> Int { Int(offsets[owner + 1] - offsets[owner]) }

    /// The tuples of `owner`, each a view of `arity` words.
    func tuples(of owner: Int) -> [Words] {
        (Int(offsets[owner])..<Int(offsets[owner + 1])).map { values.slice($0 * arity..<($0 + 1) * arity) }
    }

    /// Where each tuple of `owner` starts in `values` (its words follow), without allocating a view per
    /// tuple: for loops over every fiche at once, such as building the matching index.
    func tupleStarts(of owner: Int) -> StrideTo<Int> {
        stride(from: Int(offsets[owner]) * arity, to: Int(offsets[owner + 1]) * arity, by: arity)
    }

    /// Calls `body` with the first word of each tuple of `owner`, without allocating.
    func forEachFirst(of owner: Int, _ body: (UInt32) -> Void) {
        for tuple in Int(offsets[owner])..<Int(offsets[owner + 1]) { body(values[tuple * arity]) }
    }
}

/// Builds a relation owner by owner, in owner order.
struct RelationBuilder {
    let arity: Int
    private var offsets: [UInt32] = [0]
    private var values: [UInt32] = []

    init(arity: Int) { self.arity = arity }

    /// Appends the tuples of the next owner (flattened: `arity` words per tuple).
    mutating func appendOwner(_ flattened: [UInt32]) {
        precondition(flattened.count % arity == 0)
        values += flattened
        offsets.append(UInt32(values.count / arity))
    }

    func write(_ name: String, to writer: inout ArtifactWriter) {
        writer.addSection(name, words: [UInt32(arity), UInt32(offsets.count - 1)] + offsets + values)
    }
}

/// Tri-state flags stored in two bits: 0 unknown, 1 false, 2 true.
enum TriState {
    static func encode(_ value: Bool?) -> UInt32 { value.map { $0 ? 2 : 1 } ?? 0 }
    static func decode(_ word: UInt32) -> Bool? { word == 0 ? nil : word == 2 }
}

/// Optional small integers (rates, counts): `UInt32.max` is "absent".
enum OptionalWord {
    static let none = UInt32.max
    static func encode(_ value: Int?) -> UInt32 { value.map { UInt32($0) } ?? none }
    static func decode(_ word: UInt32) -> Int? { word == none ? nil : Int(word) }
}
