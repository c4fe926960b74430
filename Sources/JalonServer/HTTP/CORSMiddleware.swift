import Hummingbird

/// Cross-origin calls to the API, from the origins the configuration lists only (`CORSPolicy`).
/// Hummingbird's own `CORSMiddleware` takes its list as variadic arguments (not from a configuration
/// file) and answers a preflight for any path; this one reads the list and answers a preflight with the
/// methods the path really has. Web pages (`/web…`) never get CORS headers: they are same-origin only.
/// Tokens travel in `Authorization`, not cookies, so credentials are never allowed.
struct CORSMiddleware: RouterMiddleware {
    typealias Context = JalonRequestContext
    /// Read per request: a reload (SIGHUP) changes the list for the next request.
    let settings: ServerSettings
    let routes: [JalonRoute]

    static let allowedHeaders = "Authorization, Content-Type, Accept, Accept-Language, If-Match, If-None-Match"
    static let exposedHeaders = "ETag, Location, Link, Retry-After, X-Request-Id, X-Jalon-Fingerprint"

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let path = request.uri.path, policy = settings.cors
        guard !policy.origins.isEmpty, path.hasPrefix("/v1/") || path == "/openapi.yaml" else { return try await next(request, context) }
        guard let origin = request.headers[.origin] else { return varyByOrigin(try await next(request, context)) }
        let allowed = policy.allows(origin)
        if request.method == .options, request.headers[.accessControlRequestMethod] != nil {
            return try preflight(path: path, origin: origin, allowed: allowed, maxAge: policy.maxAgeSeconds, request, context)
        }
        var response = varyByOrigin(try await next(request, context))
        if allowed {
            response.headers[.accessControlAllowOrigin] = origin
            response.headers[.accessControlExposeHeaders] = Self.exposedHeaders
        }
        return response
    }

    /// A preflight: 204 naming the path's methods for a listed origin; a problem otherwise, so that the
    /// portal's developer reads why in the network panel.
    private func preflight(path: String, origin: String, allowed: Bool, maxAge: Int, _ request: Request, _ context: Context) throws -> Response {
        let language = request.language
        guard allowed else {
            return Problem(
                .forbidden, kind: "cors-origin", title: language.pick(fr: "Origine non autorisée", en: "Origin not allowed"),
                detail: language.pick(
                    fr: "Origin : « \(origin) » n’est pas dans la liste cors.origins de la configuration",
                    en: "Origin: '\(origin)' is not in the configuration's cors.origins list")
            )
            .response(instance: context.requestID)
        }
        let methods = Set(routes.filter { $0.matches(path: path) }.map(\.method.rawValue)).sorted()
        guard !methods.isEmpty else { return Problem.routeNotFound(path, language).response(instance: context.requestID) }
        var headers: HTTPFields = [
            .accessControlAllowOrigin: origin, .accessControlAllowMethods: methods.joined(separator: ", "),
            .accessControlAllowHeaders: Self.allowedHeaders, .accessControlMaxAge: String(maxAge)
        ]
        headers[.vary] = "Origin, Access-Control-Request-Method, Access-Control-Request-Headers"
        return Response(status: .noContent, headers: headers)
    }

    /// Answers differ by `Origin` once a list exists: shared caches must keep them apart.
    private func varyByOrigin(_ response: Response) -> Response {
        var response = response
        response.headers[values: .vary].append("Origin")
        return response
    }
}
