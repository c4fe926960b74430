import Foundation
import Hummingbird

/// Response bodies: JSON with sorted keys, so the same data always gives the same bytes (and ETags stay
/// honest), or bytes of a stated type (XML documents, dossiers).
enum Responses {
    static func json<Value: Encodable>(_ value: Value, status: HTTPResponse.Status = .ok, headers: HTTPFields = [:]) throws -> Response {
        encodedJSON(try encode(value), status: status, headers: headers)
    }

    /// Bytes already encoded by `encode` (kept by `ProjectReadCache`).
    static func encodedJSON(_ bytes: [UInt8], status: HTTPResponse.Status = .ok, headers: HTTPFields = [:]) -> Response {
        self.bytes(bytes, contentType: "application/json; charset=utf-8", status: status, headers: headers)
    }

    static func encode<Value: Encodable>(_ value: Value) throws -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return Array(try encoder.encode(value))
    }

    static func bytes(_ bytes: [UInt8], contentType: String, status: HTTPResponse.Status = .ok, headers: HTTPFields = [:]) -> Response {
        var fields = headers
        fields[.contentType] = contentType
        return Response(status: status, headers: fields, body: .init(byteBuffer: ByteBuffer(bytes: bytes)))
    }
}
