import Foundation
import Hummingbird
import HummingbirdCore
import JalonStore
import Logging
import NIOCore

/// Builds the Jalon HTTP API in-process: `jalon serve` runs it, tests drive its router directly
/// (HummingbirdTesting) or on a loopback port.
public enum JalonApplication {
    /// The router with every route of `JalonRoutes.all` behind logging and problem details; each route
    /// runs under the time-out (`RouteDispatch`).
    public static func router(services: ServerServices) -> Router<JalonRequestContext> {
        let router = Router(context: JalonRequestContext.self)
        // The documented routes, then the same ones at their former paths (deprecated, still answered).
        let routes = JalonRoutes.all + JalonRoutes.all.compactMap(\.atFormerPath)
        // Middlewares apply to routes added after them, and to unknown paths (404/405).
        router.add(middleware: RequestLogMiddleware())
        router.add(middleware: MetricsMiddleware(metrics: .shared))
        router.add(middleware: CORSMiddleware(settings: services.settings, routes: routes))
        router.add(middleware: ProblemMiddleware(routes: routes))
        for route in routes {
            let dispatch = RouteDispatch(route: route, services: services)
            router.on(RouterPath(route.path), method: route.method) { request, context in
                try await dispatch.respond(request, context)
            }
        }
        // The web workbook's pages: the same services, store and edits.
        WebRoutes.register(on: router, services: services)
        return router
    }

    /// The application on `host:port` (port 0: any free port, reported through `onServerRunning`).
    public static func application(
        services: ServerServices, host: String, port: Int, logger: Logger,
        onServerRunning: @escaping @Sendable (Int) async -> Void = { _ in }
    ) -> some ApplicationProtocol {
        let limits = services.limits
        return Application(
            router: router(services: services),
            server: .http1(configuration: .init(idleTimeout: .nanoseconds(Int64(limits.idleTimeoutSeconds * 1e9)))),
            configuration: .init(
                address: .hostname(host, port: port), serverName: "jalon",
                availableConnectionsDelegate: MaximumAvailableConnections(limits.maxConnections)),
            onServerRunning: { channel in await onServerRunning(channel.localAddress?.port ?? port) },
            logger: logger)
    }
}
