/// A fiche of the ROME 4.0 taxonomy, such as `J1501`: a letter A–N and four digits.
public struct RomeCode: Hashable, Comparable, Sendable, CustomStringConvertible, Codable {
    public let rawValue: String

    /// Nil unless `text` is a well-formed fiche code (upper-case letter A–N, four digits).
    public init?(_ text: String) {
        let bytes = Array(text.utf8)
        guard bytes.count == 5, (UInt8(ascii: "A")...UInt8(ascii: "N")).contains(bytes[0]),
            bytes[1...].allSatisfy({ (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) })
        else { return nil }
        rawValue = text
    }

    public var description: String { rawValue }
    /// The grand domaine letter (`J` for santé).
    public var grandDomaine: Character { rawValue.first! }
    public static func < (lhs: RomeCode, rhs: RomeCode) -> Bool { lhs.rawValue < rhs.rawValue }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let code = RomeCode(text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "not a ROME code: \(text)"))
        }
        self = code
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}
