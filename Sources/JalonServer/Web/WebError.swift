import Hummingbird
import JalonCore

/// A form that cannot be saved: its messages go to the summary at the top of the page, each linked to
/// its field (`field` is the input's id), and the page is shown again with what was typed.
struct FormErrors: Error, Sendable {
    struct Entry: Sendable {
        let field: String
        let message: String
    }
    var entries: [Entry]
    /// What ambiguous words may name (an experience's job), offered on the page to choose from.
    var candidates: [EditCandidate] = []

    init(_ field: String, _ message: String) { entries = [Entry(field: field, message: message)] }
}

/// A page that cannot be shown: its status and one sentence (404 is the same for an unknown project
/// and for another person's, as in the API).
struct PageFailure: Error, Sendable {
    let status: HTTPResponse.Status
    let message: String
}
