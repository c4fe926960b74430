import Foundation
import Hummingbird
import JalonCore
import JalonLocale

/// One page or form target of the web workbook: who may reach it and its handler. Pages are not API
/// routes: they answer HTML and take forms, with the same store and the same edits as the API.
struct WebRoute: Sendable {
    enum Access: Sendable {
        /// No session needed (sign-in, language switch, style sheet).
        case open
        /// A signed-in person, on a project linked to them when the path has `{id}`.
        case person
        /// A signed-in counsellor, on a project shared with them when the path has `{id}`.
        case counsellor
        /// Anyone signed in (sign-out).
        case signedIn
    }

    let method: HTTPRequest.Method
    let path: String
    let access: Access
    let handler: @Sendable (WebCall) async throws -> Response

    init(_ method: HTTPRequest.Method, _ path: String, _ access: Access, _ handler: @escaping @Sendable (WebCall) async throws -> Response) {
        self.method = method
        self.path = path
        self.access = access
        self.handler = handler
    }
}

/// What a page handler receives: the request, the caller's language, session and form, and the project
/// already checked against the session's links.
struct WebCall: Sendable {
    let request: Request
    let context: JalonRequestContext
    let services: ServerServices
    let language: Language
    let session: WebSession?
    /// The session cookie's value, to sign out.
    let sessionCookie: String?
    let form: WebForm
    let project: ProjectID?

    var signedIn: WebSession {
        get throws {
            guard let session else { throw PageFailure(status: .unauthorized, message: "") }
            return session
        }
    }

    func parameter(_ name: String) -> String { context.parameters.get(name) ?? "" }

    func query(_ name: String) -> String? { request.uri.queryParameters[Substring(name)].map(String.init) }

    /// The route's project; routes with `{id}` always have one.
    var id: ProjectID { project! }

    /// The language in `pick` form, for messages built in Swift.
    func text(fr: String, en: String) -> String { language.pick(fr: fr, en: en) }
}
