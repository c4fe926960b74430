import Foundation

/// How a review orders its rows (`--sort`). Every order is stable: rows that compare equal keep the
/// order of the files, so the same caseload always lists the same way.
public enum CaseloadOrder: String, CaseIterable, Sendable {
    /// The files in the order given (a folder's files sorted by path).
    case file
    /// By person label.
    case person
    /// By current step, earliest first.
    case step
    /// Oldest last change first: the quietest files come up.
    case lastChange = "last-change"
    /// Most flags first; unreadable files before all.
    case flags

    public func sorted(_ rows: [CaseloadRow]) -> [CaseloadRow] {
        guard self != .file else { return rows }
        return rows.enumerated().sorted { left, right in
            let a = key(left.element), b = key(right.element)
            return a != b ? a < b : left.offset < right.offset
        }.map(\.element)
    }

    /// Unreadable rows have no person, step or date: they go last, except by flags, where they are
    /// the first thing to look at.
    private func key(_ row: CaseloadRow) -> SortKey {
        guard let summary = row.summary else {
            return self == .flags ? SortKey(number: Int.min, text: "") : SortKey(number: Int.max, text: "")
        }
        switch self {
        case .file: return SortKey(number: 0, text: "")
        case .person: return SortKey(number: 0, text: summary.person.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil))
        case .step: return SortKey(number: summary.currentStep.number, text: "")
        case .lastChange: return SortKey(number: Int(summary.lastChange.secondsSince1970), text: "")
        case .flags: return SortKey(number: -summary.flags.count, text: "")
        }
    }

    private struct SortKey: Comparable {
        var number: Int
        var text: String
        static func < (a: SortKey, b: SortKey) -> Bool { (a.number, a.text) < (b.number, b.text) }
    }
}
