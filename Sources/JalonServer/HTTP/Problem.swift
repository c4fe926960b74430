import Foundation
import Hummingbird
import JalonCore
import JalonLocale

/// An RFC 9457 problem: every error the API returns, as `application/problem+json`, in the caller's
/// language. `type` is a URN per kind of problem (`urn:jalon:problem:precondition-failed`), stable for
/// clients; `detail` names what is wrong. Never carries project content.
public struct Problem: Error, Sendable {
    public var status: HTTPResponse.Status
    public var kind: String
    public var title: String
    public var detail: String
    /// Extension members (RFC 9457 §3.2): e.g. `currentRevision`, `retryAfterSeconds`, `allowed`.
    public var extensions: [String: ProblemValue]
    public var headers: HTTPFields

    public init(
        _ status: HTTPResponse.Status, kind: String, title: String, detail: String,
        extensions: [String: ProblemValue] = [:], headers: HTTPFields = [:]
    ) {
        self.status = status
        self.kind = kind
        self.title = title
        self.detail = detail
        self.extensions = extensions
        self.headers = headers
    }

    public var type: String { "urn:jalon:problem:" + kind }

    func body(instance: String?) -> [String: ProblemValue] {
        var members = extensions
        members["type"] = .string(type)
        members["title"] = .string(title)
        members["status"] = .int(status.code)
        members["detail"] = .string(detail)
        if let instance { members["instance"] = .string(instance) }
        return members
    }

    func response(instance: String?) -> Response {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(body(instance: instance))) ?? Data()
        var fields = headers
        fields[.contentType] = "application/problem+json"
        return Response(status: status, headers: fields, body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }
}

/// A JSON value of a problem's extension members.
public enum ProblemValue: Sendable, Encodable, Equatable {
    case string(String)
    case int(Int)
    case strings([String])
    case candidates([EditCandidate])

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .string(let value): try container.encode(value)
        case .int(let value): try container.encode(value)
        case .strings(let value): try container.encode(value)
        case .candidates(let value): try container.encode(value)
        }
    }
}
