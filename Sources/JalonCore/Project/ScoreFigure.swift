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
    /// Read on the UTF-8 bytes: a review decodes a few hundred of these per dossier.
    public init?(text: String) {
        var text = text
        guard let thousandths = text.withUTF8({ Self.parse($0) }) else { return nil }
        self.init(thousandths: thousandths)
    }

    private static func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        let point = bytes.firstIndex(of: UInt8(ascii: ".")) ?? bytes.count
        let fractionCount = point < bytes.count ? bytes.count - point - 1 : 0
        guard (1...12).contains(point), point == bytes.count || (1...3).contains(fractionCount) else { return nil }
        var units = 0, fraction = 0
        for byte in bytes[..<point] {
            let digit = byte &- UInt8(ascii: "0")
            guard digit < 10 else { return nil }
            units = units * 10 + Int(digit)
        }
        for index in bytes.indices.dropFirst(point + 1) {
            let digit = bytes[index] &- UInt8(ascii: "0")
            guard digit < 10 else { return nil }
            fraction = fraction * 10 + Int(digit)
        }
        for _ in fractionCount..<3 { fraction *= 10 }
        return units * 1000 + fraction
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
