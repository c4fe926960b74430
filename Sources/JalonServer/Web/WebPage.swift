import Foundation
import Hummingbird
import JalonCore
import JalonLocale

/// Renders a page: the template's content inside the layout (language, skip link, the seven steps,
/// language switch, sign-out), with the headers every page carries.
enum WebPage {
    /// No external resource, no inline script or style: only this server's own style sheet and script.
    static let contentSecurityPolicy =
        "default-src 'none'; style-src 'self'; script-src 'self'; img-src 'self' data:; "
        + "form-action 'self'; base-uri 'none'; frame-ancestors 'none'"

    static func headers(_ extra: HTTPFields = [:]) -> HTTPFields {
        var fields = extra
        fields[.contentSecurityPolicy] = contentSecurityPolicy
        fields[.contentType] = "text/html; charset=utf-8"
        fields[.cacheControl] = "no-store"
        fields[.init("X-Content-Type-Options")!] = "nosniff"
        // A sign-in token is in a URL once: no page ever sends its address elsewhere.
        fields[.init("Referrer-Policy")!] = "no-referrer"
        return fields
    }

    struct Frame {
        var title: String
        var errors: [FormErrors.Entry] = []
        var status: HTTPResponse.Status = .ok
        /// The step this page belongs to, marked in the navigation.
        var step: String?
    }

    /// `content` is the template's own context; the layout's keys (`t`, `lang`, `csrf`, `nav`…) are added.
    static func render(_ call: WebCall, template: String, frame: Frame, content: [String: Any] = [:]) -> Response {
        render(
            request: call.request, language: call.language, session: call.session, project: call.project,
            template: template, frame: frame, content: content)
    }

    static func render(
        request: Request, language: Language, session: WebSession?, project: ProjectID?,
        template: String, frame: Frame, content: [String: Any]
    ) -> Response {
        let html = html(
            request: request, language: language, session: session, project: project, template: template, frame: frame,
            content: content, csrf: session?.csrf ?? "")
        return response(frame.status, body: ByteBuffer(string: html))
    }

    static func response(_ status: HTTPResponse.Status, body: ByteBuffer) -> Response {
        Response(status: status, headers: headers(), body: .init(byteBuffer: body))
    }

    /// The page's HTML, with `csrf` in its forms (`KeptPage` passes a placeholder).
    static func html(
        request: Request, language: Language, session: WebSession?, project: ProjectID?,
        template: String, frame: Frame, content: [String: Any], csrf: String
    ) -> String {
        var context = content
        context["t"] = WebText.table(language)
        context["lang"] = language.rawValue
        context["title"] = frame.title
        context["csrf"] = csrf
        context["signedIn"] = session != nil
        context["path"] = request.uri.path
        let other: Language = language == .fr ? .en : .fr
        context["switchHref"] = "/langue/\(other.rawValue)?retour=" + (request.uri.path.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "/")
        context["switchLabel"] = language == .fr ? "English" : "Français"
        context["switchLang"] = other.rawValue
        if !frame.errors.isEmpty {
            context["errors"] = frame.errors.map { ["field": $0.field, "message": $0.message] }
            context["errorCount"] = frame.errors.count
        }
        if let done = request.uri.queryParameters["fait"], let message = WebText.done(String(done), language) { context["flash"] = message }
        if let project, session?.role == .person {
            context["nav"] = navigation(project: project, current: frame.step, language: language)
            context["hasNav"] = true
            context["home"] = "/carnet/\(project.rawValue)"
        } else if session?.role == .counsellor {
            context["home"] = "/conseil"
        }
        return WebTemplates.library.render(context, withTemplate: template) ?? ""
    }

    /// The workbook's sections, the current one marked for screen readers (`aria-current`).
    static func navigation(project: ProjectID, current: String?, language: Language) -> [[String: Any]] {
        let base = "/carnet/\(project.rawValue)"
        var items: [(String, String, String)] = [("accueil", base, language.pick(fr: "Accueil", en: "Home"))]
        for step in Step.allCases {
            items.append((step.rawValue, base + "/" + step.rawValue, "\(step.number). " + step.title(in: language)))
        }
        items.append(("dossier", base + "/dossier", language.pick(fr: "Dossier", en: "Dossier")))
        items.append(("historique", base + "/historique", language.pick(fr: "Historique", en: "History")))
        return items.map { key, href, label in ["href": href, "label": label, "current": key == (current ?? "accueil")] }
    }

    /// 303 to a page (after a form: POST → redirect → GET), with an optional `fait=` message key.
    static func redirect(_ location: String, done: String? = nil) -> Response {
        let target = done.map { location + (location.contains("?") ? "&" : "?") + "fait=" + $0 } ?? location
        return Response(status: .seeOther, headers: [.location: target, .cacheControl: "no-store"])
    }

    static func failure(_ failure: PageFailure, request: Request, language: Language, session: WebSession?) -> Response {
        let signIn = failure.status == .unauthorized
        let title =
            signIn
            ? language.pick(fr: "Connexion", en: "Sign in")
            : language.pick(fr: "Page indisponible", en: "Page unavailable")
        let message =
            signIn
            ? language.pick(
                fr: "Pour ouvrir votre carnet, suivez le lien de connexion que vous a donné votre portail, ou lancez « jalon open » sur votre ordinateur.",
                en: "To open your workbook, follow the sign-in link your portal gave you, or run “jalon open” on your computer.") : failure.message
        return render(
            request: request, language: language, session: signIn ? nil : session, project: nil, template: "message",
            frame: Frame(title: title, status: failure.status), content: ["message": message])
    }
}
