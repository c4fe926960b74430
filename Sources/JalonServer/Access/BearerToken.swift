import Crypto
import Foundation

/// Bearer tokens: random, shown once, stored only as their SHA-256.
public enum BearerToken {
    /// 32 random bytes (the system's CSPRNG), base64url without padding, with a `jalon_` prefix so a
    /// leaked token is recognisable in a scan.
    public static func generate() -> String {
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<32).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
        return "jalon_" + Base64URL.encode(Data(bytes))
    }

    /// Lower-case hex SHA-256 of the token's UTF-8 text, as the configuration stores it.
    public static func sha256Hex(_ token: String) -> String {
        SHA256.hash(data: Array(token.utf8)).map { byte in
            let hex = String(byte, radix: 16)
            return byte < 16 ? "0" + hex : hex
        }.joined()
    }

    /// Compares two hashes in time independent of where they differ.
    static func constantTimeEqual(_ a: String, _ b: String) -> Bool {
        let left = Array(a.utf8), right = Array(b.utf8)
        guard left.count == right.count else { return false }
        var difference: UInt8 = 0
        for index in left.indices { difference |= left[index] ^ right[index] }
        return difference == 0
    }
}
