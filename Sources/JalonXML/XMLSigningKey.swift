import Crypto
import Foundation

/// An ECDSA P-256 key pair for XML Signatures, as PEM: the private part PKCS#8, the public part
/// SubjectPublicKeyInfo. Its identifier is derived from the public key, so no document can claim one
/// key's name for another.
public struct XMLSigningKey: Sendable {
    public let privateKeyPEM: String
    public let publicKeyPEM: String
    public var keyID: String { Self.keyID(ofPublicKeyDER: publicKeyDER) }
    private let publicKeyDER: Data

    public static func generate() -> XMLSigningKey {
        let key = P256.Signing.PrivateKey()
        return XMLSigningKey(
            privateKeyPEM: key.pemRepresentation, publicKeyPEM: key.publicKey.pemRepresentation,
            publicKeyDER: key.publicKey.derRepresentation)
    }

    /// Reads a private key in PEM (PKCS#8, or SEC1 `EC PRIVATE KEY`); lines before the PEM block are ignored.
    public init(privateKeyPEM text: String) throws(XMLSignatureError) {
        guard let block = Self.pemBlock(in: text), let key = try? P256.Signing.PrivateKey(pemRepresentation: block) else {
            throw XMLSignatureError(.keyUnreadable)
        }
        self.init(
            privateKeyPEM: key.pemRepresentation, publicKeyPEM: key.publicKey.pemRepresentation,
            publicKeyDER: key.publicKey.derRepresentation)
    }

    private init(privateKeyPEM: String, publicKeyPEM: String, publicKeyDER: Data) {
        self.privateKeyPEM = privateKeyPEM
        self.publicKeyPEM = publicKeyPEM
        self.publicKeyDER = publicKeyDER
    }

    /// The identifier of a public key in PEM (any algorithm): `jalon-` and the first 16 bytes of the
    /// SHA-256 of its DER form, in hex. Nil when `text` holds no public key block.
    public static func keyID(ofPublicKeyPEM text: String) -> String? {
        guard let block = pemBlock(in: text), block.hasPrefix("-----BEGIN PUBLIC KEY-----") else { return nil }
        let body = block.split(separator: "\n").filter { !$0.hasPrefix("-----") }.joined()
        guard let der = Data(base64Encoded: body) else { return nil }
        return keyID(ofPublicKeyDER: der)
    }

    static func keyID(ofPublicKeyDER der: Data) -> String {
        "jalon-" + XMLFingerprint.sha256Hex(Array(der)).prefix(32)
    }

    /// The first `-----BEGIN …-----` … `-----END …-----` block of `text`, with LF line ends.
    public static func pemBlock(in text: String) -> String? {
        let lines = text.replacingOccurrences(of: "\r\n", with: "\n").split(separator: "\n", omittingEmptySubsequences: false)
        guard let start = lines.firstIndex(where: { $0.hasPrefix("-----BEGIN ") }),
            let end = lines[start...].firstIndex(where: { $0.hasPrefix("-----END ") })
        else { return nil }
        return lines[start...end].joined(separator: "\n") + "\n"
    }
}
