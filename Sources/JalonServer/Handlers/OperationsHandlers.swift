import Hummingbird
import JalonCore

/// Routes for whoever runs the servers (a load balancer, Prometheus): readiness and metrics. No token,
/// no personal data: route patterns and counts only.
enum OperationsHandlers {
    /// `GET /ready`: this instance may take traffic — the store answers its `ping` and the catalogue is
    /// loaded (the first call loads it, so a new instance is warmed before the balancer sends it requests).
    static func ready(_ call: RouteCall) async throws -> Response {
        let store = call.services.repository.store, catalogue = call.services.catalogue
        let storeOK = (try? await Blocking.run { try store.ping() }) != nil
        let catalogueOK = (try? await Blocking.run { _ = try catalogue.get() }) != nil
        struct Readiness: Encodable { let status: String, store: Bool, catalogue: Bool }
        let ready = storeOK && catalogueOK
        return try Responses.json(
            Readiness(status: ready ? "ready" : "not-ready", store: storeOK, catalogue: catalogueOK),
            status: ready ? .ok : .serviceUnavailable)
    }

    /// `GET /metrics`: `ServerMetrics` in Prometheus text format.
    static func metrics(_ call: RouteCall) async throws -> Response {
        Responses.bytes(ServerMetrics.shared.registry.emitToBuffer(), contentType: "text/plain; version=0.0.4; charset=utf-8")
    }
}
