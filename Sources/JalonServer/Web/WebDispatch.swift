import Foundation
import Hummingbird
import JalonCore
import JalonLocale
import Logging

/// Runs one page for one request, in the order that reveals the least: session (else the sign-in
/// page), the form's CSRF token (403), the project's links (404, the same as for an unknown project),
/// then the handler. Failures are pages in the caller's language, never JSON.
struct WebDispatch: Sendable {
    let route: WebRoute
    let services: ServerServices

    static let languageCookie = "jalon_lang"

    func respond(_ request: Request, _ context: JalonRequestContext) async -> Response {
        let language = Self.language(request)
        let cookie = request.cookies[WebSessions.cookieName]?.value
        var session: WebSession?
        do {
            if let cookie { session = try await Blocking.run { [web = services.web] in try web.session(cookie: cookie) } }
            let call = try await admit(request, context, language: language, session: session, cookie: cookie)
            return try await route.handler(call)
        } catch let failure as PageFailure {
            return WebPage.failure(failure, request: request, language: language, session: session)
        } catch let problem as Problem {
            let status = problem.status == .unprocessableContent ? HTTPResponse.Status.badRequest : problem.status
            return WebPage.failure(PageFailure(status: status, message: problem.detail), request: request, language: language, session: session)
        } catch {
            context.logger.error("page failed", metadata: ["error.type": .string(String(describing: type(of: error)))])
            return WebPage.failure(
                PageFailure(
                    status: .internalServerError,
                    message: language.pick(
                        fr: "Une erreur inattendue est survenue ; rien n’a été perdu de ce qui était enregistré.",
                        en: "An unexpected error occurred; nothing already saved was lost.")), request: request, language: language, session: session)
        }
    }

    private func admit(
        _ request: Request, _ context: JalonRequestContext, language: Language,
        session: WebSession?, cookie: String?
    ) async throws -> WebCall {
        switch route.access {
        case .open: break
        case .signedIn: guard session != nil else { throw PageFailure(status: .unauthorized, message: "") }
        case .person: guard session?.role == .person else { throw PageFailure(status: .unauthorized, message: "") }
        case .counsellor: guard session?.role == .counsellor else { throw PageFailure(status: .unauthorized, message: "") }
        }
        var form = WebForm()
        if request.method == .post {
            let bytes = try await RequestBody.bytes(request, limit: services.limits.maxBodyBytes)
            form = WebForm(urlEncoded: String(decoding: bytes, as: UTF8.self))
            // Every form carries the session's token; a page elsewhere cannot read it, so cannot forge the post.
            guard let session, let sent = form["_csrf"], BearerToken.constantTimeEqual(sent, session.csrf) else {
                throw PageFailure(
                    status: .forbidden,
                    message: language.pick(
                        fr: "Ce formulaire a expiré ou ne vient pas de Jalon : rien n’a été enregistré. Rechargez la page et recommencez.",
                        en: "This form has expired or did not come from Jalon: nothing was saved. Reload the page and try again."))
            }
        }
        var project: ProjectID?
        if route.path.contains("{id}"), let session {
            let text = context.parameters.get("id") ?? ""
            let notFound = PageFailure(status: .notFound, message: Problem.projectNotFound(text, language).detail)
            guard let id = ProjectID(text) else { throw notFound }
            let links = try await Blocking.run { [services] in try services.links.links(of: id) }
            guard let links, links.admits(session.caller) else { throw notFound }
            project = id
        }
        return WebCall(
            request: request, context: context, services: services, language: language, session: session,
            sessionCookie: cookie, form: form, project: project)
    }

    /// The switch's choice (a cookie) first, then `Accept-Language`, then French.
    static func language(_ request: Request) -> Language {
        switch request.cookies[languageCookie]?.value {
        case "en": return .en
        case "fr": return .fr
        default: return request.language
        }
    }
}
