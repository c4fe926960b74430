/// The national/European qualification level: 3 (CAP) · 4 (bac) · 5 (bac+2) · 6 (licence, BUT) ·
/// 7 (master) · 8 (doctorat). Below 3 there is no certified level; Jalon models "none" as nil.
public struct Niveau: Hashable, Comparable, Sendable, CustomStringConvertible, Codable {
    public let rawValue: Int
    public static let range = 3...8

    public init?(_ rawValue: Int) {
        guard Self.range.contains(rawValue) else { return nil }
        self.rawValue = rawValue
    }

    public var description: String { String(rawValue) }
    public static func < (lhs: Niveau, rhs: Niveau) -> Bool { lhs.rawValue < rhs.rawValue }

    /// The usual French name of the level, for display.
    public var usualName: String {
        switch rawValue {
        case 3: "CAP, BEP"
        case 4: "Bac"
        case 5: "Bac+2 (BTS, DEUST)"
        case 6: "Bac+3 (licence, BUT)"
        case 7: "Bac+5 (master, ingénieur)"
        default: "Doctorat"
        }
    }

    public init(from decoder: any Decoder) throws {
        let value = try decoder.singleValueContainer().decode(Int.self)
        guard let level = Niveau(value) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "not a level 3–8: \(value)"))
        }
        self = level
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}
