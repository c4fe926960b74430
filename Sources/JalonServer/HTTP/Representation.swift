import Crypto
import Foundation
import Hummingbird
import JalonLocale

/// What chose the bytes of a GET answer besides its URL: the project's revision, the catalogue it was
/// computed from, a media type other than the route's default, the language of its prose. Its ETag
/// names each of them, so two representations never share a tag (RFC 9110 §8.8.3), and `Vary` names
/// the request headers that chose among them — a shared cache never serves French to an English client.
struct Representation: Sendable {
    /// The project revision the body shows (`r<N>`, also what `If-Match` takes back).
    var revision: Int?
    /// The catalogue version a computed body comes from (a new catalogue changes it at the same revision).
    var catalogue: String?
    /// The questionnaire's id, for its own route.
    var resource: String?
    /// Whether the route chose among media types by `Accept` (`Vary: Accept`).
    var negotiated = false
    /// A short name of the media type when not the route's default (`xml`).
    var media: String?
    /// The language of the body's prose, when it has any.
    var language: Language?
    /// A digest of the bytes, for lists whose content has no single revision (the counsellor's dossiers).
    var digest: String?
    /// Same meaning, bytes that may differ (an export's time stamp): a weak tag (RFC 9110 §8.8.1).
    var weak = false

    var etag: String {
        var parts: [String] = []
        if let revision { parts.append("r\(revision)") }
        if let resource { parts.append(resource) }
        if let catalogue { parts.append("c" + catalogue.filter { $0.isLetter || $0.isNumber || $0 == "." }) }
        if let media { parts.append(media) }
        if let language { parts.append(language.rawValue) }
        if let digest { parts.append(digest) }
        let tag = "\"" + parts.joined(separator: "-") + "\""
        return weak ? "W/" + tag : tag
    }

    /// The request headers this representation was chosen by (`Vary`); nil when none.
    var vary: String? {
        let headers = [negotiated ? "Accept" : nil, language == nil ? nil : "Accept-Language"].compactMap { $0 }
        return headers.isEmpty ? nil : headers.joined(separator: ", ")
    }

    /// The digest component of bytes: 16 hex digits of their SHA-256, enough to tell lists apart.
    static func digest(of bytes: [UInt8]) -> String {
        SHA256.hash(data: bytes).prefix(8).map { String(format: "%02x", $0) }.joined()
    }

    /// Whether `If-None-Match` names this representation: `*`, or one of its tags by weak comparison.
    func isNamed(byIfNoneMatch header: String) -> Bool {
        let tags = header.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        return tags.contains("*") || tags.contains { Self.opaque($0) == Self.opaque(etag) }
    }

    private static func opaque(_ tag: String) -> Substring { tag.hasPrefix("W/") ? tag.dropFirst(2) : Substring(tag) }

    /// The headers every answer of this representation carries, 200 or 304.
    var headers: HTTPFields {
        var fields: HTTPFields = [.eTag: etag]
        if let vary { fields[.vary] = vary }
        return fields
    }
}

extension RouteCall {
    /// A GET answered conditionally: 304 with the tag when `If-None-Match` names this representation
    /// (nothing computed), else what `make` builds, tagged.
    func conditional(_ representation: Representation, _ make: () async throws -> Response) async throws -> Response {
        if let header = request.headers[.ifNoneMatch], representation.isNamed(byIfNoneMatch: header) {
            return Response(status: .notModified, headers: representation.headers)
        }
        var response = try await make()
        for field in representation.headers { response.headers[field.name] = field.value }
        return response
    }

    /// A GET whose tag is a digest of its JSON body (nothing else identifies its state).
    func conditionalJSON<Value: Encodable>(_ value: Value, headers: HTTPFields = [:]) async throws -> Response {
        let bytes = try Responses.encode(value)
        return try await conditional(Representation(digest: Representation.digest(of: bytes))) { Responses.encodedJSON(bytes, headers: headers) }
    }
}
