import Foundation

/// Base64url without padding (RFC 4648 §5): bearer tokens and pagination cursors travel in headers
/// and URLs, where `+`, `/` and `=` would need escaping.
enum Base64URL {
    static func encode(_ data: Data) -> String {
        String(data.base64EncodedString().map { $0 == "+" ? "-" : $0 == "/" ? "_" : $0 }.filter { $0 != "=" })
    }

    /// Nil when `text` is not base64url.
    static func decode(_ text: String) -> Data? {
        let standard = String(text.map { $0 == "-" ? "+" : $0 == "_" ? "/" : $0 })
        return Data(base64Encoded: standard + String(repeating: "=", count: (4 - standard.count % 4) % 4))
    }
}
