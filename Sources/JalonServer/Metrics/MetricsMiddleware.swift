import Hummingbird

/// Counts every request and times it by route pattern (`ServerMetrics`), unknown paths as "unmatched".
struct MetricsMiddleware: RouterMiddleware {
    typealias Context = JalonRequestContext
    let metrics: ServerMetrics

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let start = ContinuousClock.now
        do {
            let response = try await next(request, context)
            metrics.requestFinished(
                method: request.method.rawValue, route: context.endpointPath ?? "unmatched",
                status: response.status.code, duration: ContinuousClock.now - start)
            return response
        } catch {
            let status = (error as? any HTTPResponseError)?.status.code ?? 500
            metrics.requestFinished(
                method: request.method.rawValue, route: context.endpointPath ?? "unmatched",
                status: status, duration: ContinuousClock.now - start)
            throw error
        }
    }
}
