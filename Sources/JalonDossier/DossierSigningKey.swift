import Foundation
import JalonCore
import JalonLocale
import JalonStore
import JalonXML

/// The service's key for signing dossiers, with the period it is valid for. Kept with the store as
/// `STORE/keys/signing-key.pem` (0600, in a 0700 folder) unless the configuration names a key file.
///
/// Both the private file and the public text `jalon keys show` prints are PEM preceded by header lines
/// (`Key-Id:`, `Not-Before:`, `Not-After:`), which PEM readers (OpenSSL, xmlsec1) skip. A verifier reads
/// the validity from the public text it trusts, never from the dossier.
public struct DossierSigningKey: Sendable {
    public var key: XMLSigningKey
    public var validity: DossierKeyValidity

    public var keyID: String { key.keyID }

    public init(key: XMLSigningKey, validity: DossierKeyValidity) {
        self.key = key
        self.validity = validity
    }

    /// Where the store keeps its key.
    public static func path(inStore storeRoot: String) -> String { storeRoot + "/keys/signing-key.pem" }

    /// A new key valid from `now` for `validDays`, written to `path` (refusing to replace a key there).
    public static func generate(at path: String, validDays: Int = 730, now: Timestamp = .now()) throws -> DossierSigningKey {
        guard !FileManager.default.fileExists(atPath: path) else { throw DossierKeyError.exists(path) }
        let signing = fresh(validDays: validDays, now: now)
        let folder = (path as NSString).deletingLastPathComponent
        if !folder.isEmpty { try POSIXStoreFileSystem().makeDirectory(folder) }
        try DurableFile.write(Array(signing.privateText.utf8), to: path)
        return signing
    }

    /// A new key valid from `now` for `validDays`, kept nowhere yet.
    public static func fresh(validDays: Int = 730, now: Timestamp = .now()) -> DossierSigningKey {
        DossierSigningKey(
            key: .generate(),
            validity: DossierKeyValidity(
                notBefore: now, notAfter: Timestamp(secondsSince1970: now.secondsSince1970 + Int64(validDays) * 86_400)))
    }

    /// The key file's text: header lines, then the private key in PEM (what a store keeps; never shown).
    public var privateText: String { headerLines + key.privateKeyPEM }

    /// A key from its file's text (`privateText`); `source` names where it was read for the error.
    public init(privateText text: String, source: String) throws {
        let key: XMLSigningKey
        do { key = try XMLSigningKey(privateKeyPEM: text) } catch { throw DossierKeyError.unreadable(source) }
        self.init(key: key, validity: DossierKeyValidity(headerOf: text) ?? .unbounded)
    }

    /// Reads the key file at `path`; nil when there is none.
    public static func load(from path: String) throws -> DossierSigningKey? {
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        return try DossierSigningKey(privateText: String(decoding: data, as: UTF8.self), source: path)
    }

    /// The public key as `jalon keys show` prints it and the server publishes it.
    public var publicText: String { headerLines + key.publicKeyPEM }

    private var headerLines: String {
        "Key-Id: \(keyID)\nNot-Before: \(validity.notBefore.iso8601)\nNot-After: \(validity.notAfter.iso8601)\n"
    }
}

/// From when to when a key may be trusted.
public struct DossierKeyValidity: Sendable, Equatable {
    public var notBefore: Timestamp
    public var notAfter: Timestamp

    public static let unbounded = DossierKeyValidity(
        notBefore: Timestamp(secondsSince1970: 0),
        notAfter: Timestamp(secondsSince1970: 253_402_300_799))

    public init(notBefore: Timestamp, notAfter: Timestamp) {
        self.notBefore = notBefore
        self.notAfter = notAfter
    }

    /// The `Not-Before:` and `Not-After:` lines above a PEM block; nil when either is missing.
    init?(headerOf text: String) {
        var found: [String: Timestamp] = [:]
        for line in text.split(separator: "\n") {
            if line.hasPrefix("-----BEGIN ") { break }
            let parts = line.split(separator: ":", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            if parts.count == 2, let instant = Timestamp(iso8601: parts[1]) { found[parts[0]] = instant }
        }
        guard let notBefore = found["Not-Before"], let notAfter = found["Not-After"] else { return nil }
        self.init(notBefore: notBefore, notAfter: notAfter)
    }
}

/// A public key a verifier trusts: from `jalon keys show`, a `--key` file, or the server's published keys.
public struct DossierTrustedKey: Sendable {
    public var keyID: String
    public var publicKeyPEM: String
    public var validity: DossierKeyValidity

    /// Reads the public text (header lines optional, then a `PUBLIC KEY` PEM block). The identifier is
    /// recomputed from the key: a `Key-Id:` line that disagrees is refused.
    public init(publicText text: String) throws(DossierKeyError) {
        guard let block = XMLSigningKey.pemBlock(in: text), let id = XMLSigningKey.keyID(ofPublicKeyPEM: text) else {
            throw DossierKeyError.notAPublicKey
        }
        for line in text.split(separator: "\n") where line.hasPrefix("Key-Id:") {
            let stated = line.dropFirst("Key-Id:".count).trimmingCharacters(in: .whitespaces)
            guard stated == id else { throw DossierKeyError.idMismatch(stated: stated, computed: id) }
        }
        keyID = id
        publicKeyPEM = block
        validity = DossierKeyValidity(headerOf: text) ?? .unbounded
    }

    public init(_ signing: DossierSigningKey) {
        keyID = signing.keyID
        publicKeyPEM = signing.key.publicKeyPEM
        validity = signing.validity
    }
}

public enum DossierKeyError: LocalizedFailure, Equatable {
    case exists(String)
    case unreadable(String)
    case notAPublicKey
    case idMismatch(stated: String, computed: String)
    case expired(keyID: String, notAfter: Timestamp)

    public func message(in language: Language) -> String {
        switch self {
        case .exists(let path):
            language.pick(
                fr: "\(path) : une clé existe déjà (elle n’est jamais remplacée : les dossiers qu’elle a signés en dépendent)",
                en: "\(path): a key already exists (it is never replaced: the dossiers it signed depend on it)")
        case .unreadable(let path):
            language.pick(
                fr: "\(path) : clé privée illisible (PEM PKCS#8 ou EC attendu, courbe P-256)",
                en: "\(path): unreadable private key (PEM PKCS#8 or EC expected, curve P-256)")
        case .notAPublicKey:
            language.pick(
                fr: "aucune clé publique PEM (-----BEGIN PUBLIC KEY-----) dans le texte donné",
                en: "no PEM public key (-----BEGIN PUBLIC KEY-----) in the text given")
        case .idMismatch(let stated, let computed):
            language.pick(
                fr: "la ligne Key-Id (\(stated)) ne correspond pas à la clé (\(computed))",
                en: "the Key-Id line (\(stated)) does not match the key (\(computed))")
        case .expired(let keyID, let notAfter):
            language.pick(
                fr: "la clé \(keyID) a expiré le \(notAfter.iso8601) : elle ne signe plus",
                en: "key \(keyID) expired on \(notAfter.iso8601): it no longer signs")
        }
    }
}

extension DossierKeyError {
    public var failureKind: FailureKind {
        switch self {
        // A key is never overwritten: the person asked for something that is already there.
        case .exists, .notAPublicKey, .idMismatch, .expired: .invalidInput
        case .unreadable: .io
        }
    }
}
