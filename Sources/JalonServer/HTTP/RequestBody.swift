import Foundation
import Hummingbird
import JalonLocale
import NIOCore

/// Reading bodies: never more than the configured limit (413 past it, without reading the rest), and
/// JSON decoded into a problem that names the field at fault.
enum RequestBody {
    static func bytes(_ request: Request, limit: Int) async throws -> [UInt8] {
        let language = request.language
        if let length = request.headers[.contentLength].flatMap(Int.init), length > limit {
            throw Problem.payloadTooLarge(limit: limit, language)
        }
        do {
            var buffer = try await request.body.collect(upTo: limit)
            return buffer.readBytes(length: buffer.readableBytes) ?? []
        } catch is NIOTooManyBytesError {
            throw Problem.payloadTooLarge(limit: limit, language)
        }
    }

    static func json<Value: Decodable>(_ type: Value.Type, _ request: Request, limit: Int) async throws -> Value {
        let language = request.language
        guard isJSON(request) else { throw Problem.unsupportedMediaType(["application/json"], language) }
        let bytes = try await bytes(request, limit: limit)
        do {
            return try JSONDecoder().decode(Value.self, from: Data(bytes))
        } catch let error as DecodingError {
            throw Problem.badRequest(describe(error, language), language)
        }
    }

    /// Whether the request says it carries a body (an optional JSON body may be left out).
    static func hasBody(_ request: Request) -> Bool {
        request.headers[.contentType] != nil || (request.headers[.contentLength].flatMap(Int.init) ?? 0) > 0
    }

    static func isJSON(_ request: Request) -> Bool {
        mediaType(request).map { $0 == "application/json" || $0.hasSuffix("+json") } ?? false
    }

    static func isXML(_ request: Request) -> Bool {
        mediaType(request).map { $0 == "application/xml" || $0 == "text/xml" || $0.hasSuffix("+xml") } ?? false
    }

    private static func mediaType(_ request: Request) -> String? {
        request.headers[.contentType]?.split(separator: ";").first.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
    }

    /// "profil.mobiliteKm : valeur du mauvais type" — the field, never the value sent.
    static func describe(_ error: DecodingError, _ language: Language) -> String {
        func path(_ keys: [any CodingKey]) -> String {
            let text = CodingPath.text(keys)
            return text.isEmpty ? language.pick(fr: "le corps", en: "the body") : text
        }
        switch error {
        case .keyNotFound(let key, let context):
            return language.pick(fr: "\(path(context.codingPath + [key])) : champ manquant", en: "\(path(context.codingPath + [key])): missing field")
        case .typeMismatch(_, let context), .valueNotFound(_, let context):
            return language.pick(fr: "\(path(context.codingPath)) : valeur du mauvais type", en: "\(path(context.codingPath)): value of the wrong type")
        case .dataCorrupted(let context):
            return language.pick(
                fr: "\(path(context.codingPath)) : JSON invalide ou valeur inconnue", en: "\(path(context.codingPath)): invalid JSON or unknown value")
        @unknown default:
            return language.pick(fr: "JSON invalide", en: "invalid JSON")
        }
    }
}
