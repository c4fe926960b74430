/// The number ROME gives every item: appellation, compétence, savoir, contexte de travail (`code_ogr`).
public struct OgrCode: Hashable, Comparable, Sendable, CustomStringConvertible, Codable {
    public let rawValue: Int

    public init(_ rawValue: Int) { self.rawValue = rawValue }

    /// Nil unless `text` is a positive decimal number.
    public init?(_ text: String) {
        guard let value = Int(text), value > 0 else { return nil }
        rawValue = value
    }

    public var description: String { String(rawValue) }
    public static func < (lhs: OgrCode, rhs: OgrCode) -> Bool { lhs.rawValue < rhs.rawValue }

    public init(from decoder: any Decoder) throws {
        rawValue = try decoder.singleValueContainer().decode(Int.self)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}
