import Foundation
import Yams

/// The parts of the OpenAPI document (`Resources/OpenAPI/jalon-1.yaml`) the contract tests hold the
/// router to: operations, their documented statuses, media types, headers and the required fields of
/// each JSON response. `$ref`s inside the document are followed; nothing else is interpreted.
struct OpenAPIDocument {
    /// One documented operation: `GET /v1/projects/{id}`.
    struct Operation: Hashable, Sendable, CustomStringConvertible {
        let method: String
        let path: String
        var description: String { "\(method) \(path)" }
    }

    /// A documented response of one status: its media types and headers, and per JSON media type the
    /// required top-level fields (for an array, those of its items).
    struct DocumentedResponse {
        let mediaTypes: [String]
        let headers: [String]
        let required: [String: Required]
    }

    enum Required: Equatable {
        case object([String])
        case arrayOf([String])
    }

    enum ReadError: Error, CustomStringConvertible {
        case shape(String)
        var description: String {
            switch self {
            case .shape(let what): "OpenAPI document: \(what)"
            }
        }
    }

    private let root: [String: Any]
    let version: String

    init(yaml text: String) throws {
        guard let root = try Yams.load(yaml: text) as? [String: Any] else { throw ReadError.shape("not a mapping") }
        self.root = root
        version = root["openapi"] as? String ?? ""
    }

    private static let methods = ["get", "put", "post", "delete", "patch", "head", "options"]

    private var paths: [String: [String: Any]] { (root["paths"] as? [String: Any] ?? [:]).compactMapValues { $0 as? [String: Any] } }

    var operations: Set<Operation> {
        Set(
            paths.flatMap { path, item in
                item.keys.filter(Self.methods.contains).map { Operation(method: $0.uppercased(), path: path) }
            })
    }

    /// The operation's responses by status code (`"200"`), `$ref`s resolved.
    func responses(of operation: Operation) throws -> [String: DocumentedResponse] {
        guard let item = paths[operation.path], let body = item[operation.method.lowercased()] as? [String: Any] else {
            throw ReadError.shape("no operation \(operation)")
        }
        let responses = body["responses"] as? [String: Any] ?? [:]
        return try responses.reduce(into: [:]) { result, entry in
            result[entry.key] = try documented(resolve(entry.value))
        }
    }

    /// A response kept under `components/responses` (such as `MethodNotAllowed`, which no operation lists).
    func componentResponse(_ name: String) throws -> DocumentedResponse {
        try documented(resolve(["$ref": "#/components/responses/\(name)"]))
    }

    /// The security requirements of an operation (`[]`: public), else the document's.
    func isPublic(_ operation: Operation) -> Bool {
        let body = paths[operation.path]?[operation.method.lowercased()] as? [String: Any]
        let security = body?["security"] as? [Any] ?? root["security"] as? [Any] ?? []
        return security.isEmpty
    }

    /// The names of the path parameters declared on the path item and on the operation.
    func pathParameters(of operation: Operation) throws -> Set<String> {
        let item = paths[operation.path] ?? [:]
        let body = item[operation.method.lowercased()] as? [String: Any] ?? [:]
        let all = (item["parameters"] as? [Any] ?? []) + (body["parameters"] as? [Any] ?? [])
        return Set(try all.map(resolve).filter { $0["in"] as? String == "path" }.compactMap { $0["name"] as? String })
    }

    private func documented(_ response: [String: Any]) throws -> DocumentedResponse {
        let content = response["content"] as? [String: Any] ?? [:]
        var required: [String: Required] = [:]
        for (type, value) in content where type.hasSuffix("json") {
            guard let media = value as? [String: Any], let schema = media["schema"] else { continue }
            let resolved = try resolve(schema)
            if resolved["type"] as? String == "array", let items = resolved["items"] {
                required[type] = .arrayOf(try resolve(items)["required"] as? [String] ?? [])
            } else {
                required[type] = .object(resolved["required"] as? [String] ?? [])
            }
        }
        let headers = (response["headers"] as? [String: Any] ?? [:]).keys.map { $0.lowercased() }
        return DocumentedResponse(mediaTypes: Array(content.keys), headers: headers, required: required)
    }

    /// Follows `$ref: '#/…'` (local references only, as the document uses).
    private func resolve(_ node: Any) throws -> [String: Any] {
        guard var object = node as? [String: Any] else { throw ReadError.shape("expected a mapping, got \(node)") }
        var seen = Set<String>()
        while let reference = object["$ref"] as? String {
            guard reference.hasPrefix("#/"), seen.insert(reference).inserted else { throw ReadError.shape("unresolvable $ref \(reference)") }
            var target: Any = root
            for key in reference.dropFirst(2).split(separator: "/") {
                guard let next = (target as? [String: Any])?[String(key)] else { throw ReadError.shape("dangling $ref \(reference)") }
                target = next
            }
            guard let resolved = target as? [String: Any] else { throw ReadError.shape("$ref \(reference) is not a mapping") }
            object = resolved
        }
        return object
    }
}
