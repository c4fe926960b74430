/// An answer on the five-point scale used for centres d'intérêt and RIASEC items:
/// 0 (pas du tout) · 1 · 2 · 3 · 4 (tout à fait).
public struct Rating: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let value: Int
    public static let range = 0...4

    public init?(_ value: Int) {
        guard Self.range.contains(value) else { return nil }
        self.value = value
    }

    public var description: String { String(value) }
    public static func < (lhs: Rating, rhs: Rating) -> Bool { lhs.value < rhs.value }
}
