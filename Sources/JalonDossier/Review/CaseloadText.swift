import JalonLocale

/// The review as a plain-text table for a terminal: aligned columns, long kept-target lists cut
/// (the HTML, CSV and JSON reviews keep everything), the flags or the error last so they never
/// push other columns out of line, and the totals below.
public enum CaseloadText {
    /// Widest a cut column gets, in characters.
    static let maximumCellWidth = 48

    public static func render(_ rows: [CaseloadRow], review: CaseloadReview, language: Language) -> String {
        let columns = CaseloadColumn.allCases
        let header = columns.map { $0.title(in: language) }
        let body = rows.map { row in
            columns.map { column in
                let text = column.text(of: row, in: language)
                return column == .flags || column == .file ? text : cut(text)
            }
        }
        var widths = header.map(\.count)
        for cells in body { for (index, cell) in cells.enumerated() { widths[index] = max(widths[index], cell.count) } }
        func line(_ cells: [String]) -> String {
            cells.enumerated().map { index, cell in
                index == cells.count - 1 ? cell : cell + String(repeating: " ", count: widths[index] - cell.count)
            }.joined(separator: "  ")
        }
        var lines = [
            line(header), line(widths.enumerated().map { String(repeating: "─", count: $0.offset == widths.count - 1 ? header.last!.count : $0.element) })
        ]
        lines += body.map(line)
        lines.append("")
        lines.append(CaseloadTotals(rows).sentence(in: language, stalledDays: review.stalledDays))
        return lines.map { $0.trailingSpacesRemoved }.joined(separator: "\n") + "\n"
    }

    private static func cut(_ text: String) -> String {
        text.count <= maximumCellWidth ? text : String(text.prefix(maximumCellWidth - 1)) + "…"
    }
}

private extension String {
    var trailingSpacesRemoved: String {
        var copy = self
        while copy.last == " " { copy.removeLast() }
        return copy
    }
}
