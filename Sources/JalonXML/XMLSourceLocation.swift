/// Where something is in a document: the source's name (a path, or a label such as `<stdin>`), a
/// 1-based line and column; 0 means unknown.
public struct XMLSourceLocation: Sendable, Equatable, CustomStringConvertible {
    public var sourceName: String
    public var line: Int
    public var column: Int

    public init(sourceName: String, line: Int = 0, column: Int = 0) {
        self.sourceName = sourceName
        self.line = line
        self.column = column
    }

    /// `FILE:LINE:COL`, the form editors and compilers use; unknown parts are left out.
    public var description: String {
        guard line > 0 else { return sourceName }
        return column > 0 ? "\(sourceName):\(line):\(column)" : "\(sourceName):\(line)"
    }
}
