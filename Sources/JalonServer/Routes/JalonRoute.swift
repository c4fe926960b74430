import Hummingbird
import JalonCore
import JalonLocale

/// One route of the API: method, path pattern (`{id}` for a parameter), the operation it performs (nil:
/// public, no token) and its handler. `JalonRoutes.all` lists them all.
public struct JalonRoute: Sendable {
    public let method: HTTPRequest.Method
    public let path: String
    public let operation: APIOperation?
    /// The path this route had before the glossary gave the notion one name (`skills` → `competences`…):
    /// still answered, marked deprecated, so a portal written against it keeps working.
    public let formerPath: String?
    let handler: @Sendable (RouteCall) async throws -> Response

    init(
        _ method: HTTPRequest.Method, _ path: String, _ operation: APIOperation?, formerly formerPath: String? = nil,
        _ handler: @escaping @Sendable (RouteCall) async throws -> Response
    ) {
        self.method = method
        self.path = path
        self.operation = operation
        self.formerPath = formerPath
        self.handler = handler
    }

    /// The same route at its former path, its answers marked deprecated (RFC 9745) with a link to the
    /// path to use (RFC 8288 `successor-version`); nil for a route that was never renamed.
    var atFormerPath: JalonRoute? {
        guard let formerPath else { return nil }
        let successor = path, handler = self.handler
        return JalonRoute(method, formerPath, operation) { call in
            var response = try await handler(call)
            response.headers[.init("Deprecation")!] = "true"
            response.headers[.init("Link")!] = "<\(call.successorPath(successor))>; rel=\"successor-version\""
            return response
        }
    }

    /// Whether the route acts on one project (its `{id}`): the caller must be linked to it.
    var isProjectRoute: Bool { path.contains("{id}") }

    /// Whether a concrete path fits this route's pattern.
    func matches(path concrete: String) -> Bool {
        let pattern = path.split(separator: "/"), parts = concrete.split(separator: "/")
        guard pattern.count == parts.count else { return false }
        return zip(pattern, parts).allSatisfy { $0.hasPrefix("{") || $0 == $1 }
    }
}

/// What a handler receives: the request, its context, the caller (nil on public routes), the project
/// the caller was checked against (project routes), and the server's services.
struct RouteCall: Sendable {
    let request: Request
    let context: JalonRequestContext
    let caller: Caller?
    let project: ProjectID?
    let services: ServerServices

    var language: Language { request.language }

    /// The authenticated caller; routes with an operation always have one.
    var authenticated: Caller { caller! }

    /// A route pattern with this request's path parameters written in (`{id}` → the project's id).
    func successorPath(_ pattern: String) -> String {
        pattern.split(separator: "/", omittingEmptySubsequences: false).map { part in
            part.hasPrefix("{") ? (context.parameters.get(String(part.dropFirst().dropLast())) ?? String(part)) : String(part)
        }.joined(separator: "/")
    }

    func query(_ name: String) -> String? { request.uri.queryParameters[Substring(name)].map(String.init) }

    func parameter(_ name: String) throws -> String {
        guard let value = context.parameters.get(name) else {
            throw Problem.badRequest(language.pick(fr: "paramètre de chemin {\(name)} manquant", en: "missing path parameter {\(name)}"), language)
        }
        return value
    }

    /// The revision an update starts from, from `If-Match` (428 without it, 400 when unreadable).
    func ifMatchRevision() throws -> Int {
        guard let value = request.headers[.ifMatch] else { throw Problem.preconditionRequired(language) }
        guard let revision = ETag.revision(ifMatch: value) else { throw Problem.malformedIfMatch(value, language) }
        return revision
    }
}
