/// A French département code: `01`…`95`, `2A`, `2B`, or an overseas `971`…`976`.
public struct Departement: Hashable, Sendable, CustomStringConvertible {
    public let code: String

    public init?(_ code: String) {
        let characters = Array(code)
        let valid: Bool
        switch characters.count {
        case 2:
            // Metropolitan 01…95; Corsica is 2A and 2B since 1976, so 20 no longer exists.
            if characters.allSatisfy(\.isASCIIDigitCharacter), let number = Int(code) {
                valid = (1...95).contains(number) && number != 20
            } else {
                valid = code == "2A" || code == "2B"
            }
        case 3:
            valid = code.hasPrefix("97") && ("1"..."6").contains(characters[2])
        default:
            valid = false
        }
        guard valid else { return nil }
        self.code = code
    }

    public var description: String { code }
}
