/// The CPU class PDF renders run in (`limits.pdfRenderPriority`).
///
/// `idle` (the default): Linux's `SCHED_IDLE`, so the reads people wait for go first and a flood of
/// exports cannot stall them; on a saturated machine an export waits, and may end in 503 at the request
/// time limit. `normal`: renders share the CPU like any request; for a machine where exports matter more
/// than read latency, or one whose CPU is always busy with other work (a test run).
public enum RenderPriority: String, Sendable, Equatable, Codable {
    case idle
    case normal
}
