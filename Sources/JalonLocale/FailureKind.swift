/// What kind of failure an error is, whatever its module: each door derives its own answer from it by an
/// exhaustive switch (docs/commandes.md « Codes de sortie », and the API's problem types).
///
/// | kind | CLI exit code | HTTP status |
/// |---|---|---|
/// | `invalidInput` — a document, a file or a value is not what it must be | 1 | 422 |
/// | `usage` — an argument or a query that cannot be, as typed | 64 | 400 |
/// | `notFound` — a project, revision, file or code that does not exist | 66 | 404 |
/// | `conflict` — someone else changed it first: read again, then retry | 75 | 409 |
/// | `io` — the store or a file cannot be read or written | 74 | 503 |
/// | `unavailable` — a service Jalon needs is missing or busy (Chromium, the database) | 69 | 503 |
/// | `internalError` — a defect of Jalon | 70 | 500 |
public enum FailureKind: String, Sendable, CaseIterable {
    case invalidInput, usage, notFound, conflict, io, unavailable, internalError
}
