import Foundation

/// The few lines an interactive session shows for its current question (progress, question, choices,
/// prompt). On a terminal they are redrawn in place, the prompt waiting at the end of the last line;
/// elsewhere (a pipe, a file) they are printed as plain lines, without any escape code.
struct LiveBlock {
    let inPlace: Bool
    /// Rows the last drawing took on screen, counting wrapped lines: how far up the next one starts.
    private var rowsDrawn = 0

    init(inPlace: Bool = TerminalStreams.outputIsTerminal) { self.inPlace = inPlace }

    mutating func draw(_ lines: [String]) {
        guard inPlace else { return TerminalStreams.write(lines.map { $0 + "\n" }.joined()) }
        var text = ""
        if rowsDrawn > 0 { text += "\r" + (rowsDrawn > 1 ? "\u{1B}[\(rowsDrawn - 1)A" : "") + "\u{1B}[J" }
        text += lines.joined(separator: "\n")
        TerminalStreams.write(text)
        let columns = TerminalStreams.columns
        rowsDrawn = lines.reduce(0) { $0 + Self.rows(of: $1, columns: columns) }
    }

    /// Leaves the last drawing on screen and moves below it: what is printed next does not overwrite it.
    mutating func close() {
        if inPlace && rowsDrawn > 0 { TerminalStreams.write("\n") }
        rowsDrawn = 0
    }

    /// Rows a line takes on a terminal `columns` wide (combining marks take no column).
    static func rows(of line: String, columns: Int) -> Int {
        let width = line.unicodeScalars.filter { !$0.properties.isGraphemeExtend }.count
        return max(1, (width + columns - 1) / max(columns, 1))
    }
}
