import Prometheus

/// This process's metrics, served at `/metrics` in Prometheus text: requests by route pattern (never a
/// concrete path: those hold project ids), store operations, work waiting for the blocking pool, and
/// Chromium renders in flight. Process-wide, as Prometheus scrapes a process.
public final class ServerMetrics: Sendable {
    public static let shared = ServerMetrics()

    public let registry = PrometheusCollectorRegistry()
    /// Seconds: from 1 ms (a cached read) to 60 s (a PDF render at its time-out).
    private static let buckets: [Duration] = [
        .milliseconds(1), .milliseconds(2), .milliseconds(5), .milliseconds(10),
        .milliseconds(25), .milliseconds(50), .milliseconds(100), .milliseconds(250),
        .milliseconds(500), .seconds(1), .seconds(2.5), .seconds(5), .seconds(10), .seconds(60)
    ]

    public init() {}

    func requestFinished(method: String, route: String, status: Int, duration: Duration) {
        registry.makeCounter(
            descriptor: .init(
                namespace: "jalon", subsystem: "http", metricName: "requests", unitName: "total",
                helpText: "Requests answered, by method, route pattern and status"),
            labels: [("method", method), ("route", route), ("status", String(status))]
        ).increment()
        registry.makeDurationHistogram(
            descriptor: .init(
                namespace: "jalon", subsystem: "http", metricName: "request_duration", unitName: "seconds",
                helpText: "Time from request to response, by route pattern"),
            labels: [("route", route)], buckets: Self.buckets
        ).record(duration)
    }

    func storeOperation(_ operation: String, duration: Duration) {
        registry.makeDurationHistogram(
            descriptor: .init(
                namespace: "jalon", subsystem: "store", metricName: "operation_duration", unitName: "seconds",
                helpText: "Store operations (files or PostgreSQL), by operation"),
            labels: [("operation", operation)], buckets: Self.buckets
        ).record(duration)
    }

    /// Work handed to the blocking thread pool and not finished yet (running or queued).
    var blockingInFlight: Gauge {
        registry.makeGauge(
            descriptor: .init(
                namespace: "jalon", subsystem: "blocking", metricName: "tasks_in_flight", unitName: "",
                helpText: "Store and file work submitted to the blocking pool, running or queued"))
    }

    /// Chromium processes rendering a PDF right now.
    var rendersInFlight: Gauge {
        registry.makeGauge(
            descriptor: .init(
                namespace: "jalon", subsystem: "pdf", metricName: "renders_in_flight", unitName: "",
                helpText: "Chromium PDF renders running now"))
    }

    /// Runs `body`, counted in `gauge` while it runs.
    static func counting<Value>(_ gauge: Gauge, _ body: () async throws -> Value) async rethrows -> Value {
        gauge.increment()
        defer { gauge.decrement() }
        return try await body()
    }
}
