import Hummingbird
import Logging

/// Turns whatever a route throws into problem details: unknown paths (404), known paths with another
/// method (405 with `Allow`), Hummingbird's own errors, and unexpected ones (500, logged by type only).
struct ProblemMiddleware: RouterMiddleware {
    typealias Context = JalonRequestContext
    let routes: [JalonRoute]

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let language = request.language
        do {
            return try await next(request, context)
        } catch let problem as Problem {
            return problem.response(instance: context.requestID)
        } catch let error as HTTPError where error.status == .notFound && context.endpointPath == "NotFound" {
            let path = request.uri.path
            let allowed = routes.filter { $0.matches(path: path) }.map(\.method.rawValue)
            let problem =
                allowed.isEmpty
                ? Problem.routeNotFound(path, language)
                : Problem.methodNotAllowed(request.method.rawValue, Array(Set(allowed)).sorted(), language)
            return problem.response(instance: context.requestID)
        } catch let error as HTTPError {
            let problem = Problem(error.status, kind: "http", title: error.status.reasonPhrase, detail: error.status.reasonPhrase)
            return problem.response(instance: context.requestID)
        } catch {
            context.logger.error("unexpected error", metadata: ["error.type": .string(String(describing: type(of: error)))])
            return Problem.internalError(language).response(instance: context.requestID)
        }
    }
}

extension JalonRequestContext {
    /// Hummingbird's request id, also sent back as `X-Request-Id` and as a problem's `instance`.
    var requestID: String? { logger[metadataKey: "hb.request.id"].map { "urn:jalon:request:\($0)" } }
}
