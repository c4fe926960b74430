import Hummingbird
import Logging
import NIOCore

/// One structured log line per request: request id (Hummingbird's), method, route pattern (never the
/// concrete path, which holds project ids), status and duration. Never a header, a body, a query, a
/// name or a subject: logs hold no personal data.
struct RequestLogMiddleware: RouterMiddleware {
    typealias Context = JalonRequestContext

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let start = ContinuousClock.now
        var response = try await next(request, context)
        let elapsed = ContinuousClock.now - start
        let milliseconds = Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15
        if let id = context.logger[metadataKey: "hb.request.id"] { response.headers[.init("X-Request-Id")!] = id.description }
        context.logger.info(
            "request",
            metadata: [
                "http.method": .string(request.method.rawValue),
                "http.route": .string(context.endpointPath ?? "unmatched"),
                "http.status": .stringConvertible(response.status.code),
                "duration_ms": .string(String(format: "%.2f", milliseconds))
            ])
        return response
    }
}
