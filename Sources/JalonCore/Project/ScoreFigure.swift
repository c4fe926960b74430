/// A decimal figure of a saved score (a component's value 0–100 or its weight 0–1), to the thousandth.
/// Kept as a whole number of thousandths, so equality is exact and each figure has one written form
/// (`0.4`, `78.5`, `100`) whatever double the engine computed.
public struct ScoreFigure: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let thousandths: Int

    /// Nil for a negative count.
    public init?(thousandths: Int) {
        guard thousandths >= 0 else { return nil }
        self.thousandths = thousandths
    }

    /// Rounds to the nearest thousandth; nil for a negative, infinite or NaN value.
    public init?(_ value: Double) {
        guard value.isFinite, value >= 0, value < Double(Int.max / 1000) else { return nil }
        self.init(thousandths: Int((value * 1000).rounded()))
    }

    /// Parses the written form: digits, optionally a point and one to three digits (`78.5`, `0.125`).
    /// Leading zeros and trailing fraction zeros are left to the schema, which refuses them.
    public init?(text: String) {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), let whole = parts.first, !whole.isEmpty, whole.count <= 12,
              whole.allSatisfy(\.isASCIIDigitCharacter)
        else { return nil }
        var fraction = parts.count == 2 ? String(parts[1]) : ""
        guard parts.count == 1 || (1...3).contains(fraction.count), fraction.allSatisfy(\.isASCIIDigitCharacter) else { return nil }
        fraction += String(repeating: "0", count: 3 - fraction.count)
        guard let units = Int(whole), let thousandths = Int(fraction) else { return nil }
        self.init(thousandths: units * 1000 + thousandths)
    }

    public var value: Double { Double(thousandths) / 1000 }

    /// Without trailing zeros: `78.5`, `100`, `0.125`.
    public var description: String {
        let whole = thousandths / 1000, fraction = thousandths % 1000
        guard fraction != 0 else { return String(whole) }
        var digits = Day.pad(fraction, 3)
        while digits.hasSuffix("0") { digits.removeLast() }
        return "\(whole).\(digits)"
    }

    public static func < (lhs: ScoreFigure, rhs: ScoreFigure) -> Bool { lhs.thousandths < rhs.thousandths }
}
