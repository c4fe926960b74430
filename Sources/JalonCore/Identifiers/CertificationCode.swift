/// A certification of the national registers: `RNCP12345` (Répertoire national) or `RS1234`
/// (Répertoire spécifique).
public struct CertificationCode: Hashable, Comparable, Sendable, CustomStringConvertible, Codable {
    public enum Register: String, Sendable, Codable { case rncp = "RNCP", rs = "RS" }

    public let register: Register
    public let number: Int

    public init(register: Register, number: Int) {
        self.register = register
        self.number = number
    }

    /// Accepts `RNCP12345` and `RS1234` (case-insensitive prefix); nil otherwise.
    public init?(_ text: String) {
        let upper = text.uppercased()
        for register in [Register.rncp, .rs] where upper.hasPrefix(register.rawValue) {
            let digits = upper.dropFirst(register.rawValue.count)
            guard !digits.isEmpty, digits.count <= 6, digits.allSatisfy(\.isASCIIDigitCharacter), let value = Int(digits), value > 0
            else { return nil }
            self.init(register: register, number: value)
            return
        }
        return nil
    }

    public var rawValue: String { register.rawValue + String(number) }
    public var description: String { rawValue }

    public static func < (lhs: CertificationCode, rhs: CertificationCode) -> Bool {
        (lhs.register.rawValue, lhs.number) < (rhs.register.rawValue, rhs.number)
    }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let code = CertificationCode(text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "not a certification code: \(text)"))
        }
        self = code
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}

extension Character {
    var isASCIIDigitCharacter: Bool { ("0"..."9").contains(self) }
}
