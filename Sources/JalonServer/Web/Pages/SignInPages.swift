import Foundation
import Hummingbird
import JalonCore
import JalonLocale

/// Signing in by a single-use link, signing out, the language switch and the pages' static files.
enum SignInPages {
    /// `GET /connexion/{token}`: redeems the link into a new session (a new id, whatever cookie the
    /// browser had) and goes to the person's workbook or the counsellor's caseload.
    static func signIn(_ call: WebCall) async throws -> Response {
        let token = call.parameter("token"), web = call.services.web
        guard let signedIn = try await Blocking.run({ try web.signIn(token: token) }) else {
            throw PageFailure(
                status: .gone,
                message: call.text(
                    fr: "Ce lien de connexion a déjà servi ou a expiré. Demandez-en un nouveau à votre portail (ou relancez « jalon open »).",
                    en: "This sign-in link was already used or has expired. Ask your portal for a new one (or run “jalon open” again)."))
        }
        // An earlier session of this browser ends here: one browser, one session.
        if let old = call.sessionCookie { try? await Blocking.run { try web.signOut(cookie: old) } }
        let target = signedIn.session.role == .counsellor ? "/conseil" : "/carnet/\(signedIn.session.project ?? "")"
        var response = WebPage.redirect(target)
        response.setCookie(cookie(value: signedIn.id, maxAge: Int(web.sessionLifetime), secure: web.secureCookies))
        return response
    }

    static func cookie(value: String, maxAge: Int, secure: Bool) -> Cookie {
        Cookie(name: WebSessions.cookieName, value: value, maxAge: maxAge, path: "/", secure: secure, httpOnly: true, sameSite: .lax)
    }

    /// `POST /deconnexion`: ends the session on the server and clears the cookie.
    static func signOut(_ call: WebCall) async throws -> Response {
        let web = call.services.web
        if let cookie = call.sessionCookie { try await Blocking.run { try web.signOut(cookie: cookie) } }
        var response = WebPage.render(
            call.request, language: call.language, title: call.text(fr: "Déconnecté", en: "Signed out"),
            message: call.text(
                fr: "Vous êtes déconnecté. Votre carnet est enregistré.",
                en: "You are signed out. Your workbook is saved."))
        response.setCookie(cookie(value: "", maxAge: 0, secure: web.secureCookies))
        return response
    }

    /// `GET /langue/{code}?retour=/path`: remembers the choice for a year and goes back (only to a path of this site).
    static func language(_ call: WebCall) async throws -> Response {
        let code = call.parameter("code") == "en" ? "en" : "fr"
        var back = call.query("retour") ?? "/"
        if !back.hasPrefix("/") || back.hasPrefix("//") || back.contains("\\") { back = "/" }
        var response = WebPage.redirect(back)
        response.setCookie(
            Cookie(
                name: WebDispatch.languageCookie, value: code, maxAge: 365 * 24 * 3600, path: "/",
                secure: call.services.web.secureCookies, httpOnly: true, sameSite: .lax))
        return response
    }

    /// `GET /`: the workbook of a signed-in person, the caseload of a counsellor, else how to sign in.
    static func root(_ call: WebCall) async throws -> Response {
        switch call.session?.role {
        case .person?: if let project = call.session?.project { return WebPage.redirect("/carnet/\(project)") }
        case .counsellor?: return WebPage.redirect("/conseil")
        default: break
        }
        throw PageFailure(status: .unauthorized, message: "")
    }

    /// `GET /static/{file}`: the style sheet and the script, cacheable.
    static func asset(_ call: WebCall) async throws -> Response {
        guard let asset = WebTemplates.assets[call.parameter("file")] else {
            throw PageFailure(status: .notFound, message: call.text(fr: "Fichier introuvable.", en: "File not found."))
        }
        return Response(
            status: .ok,
            headers: [
                .contentType: asset.type, .cacheControl: "public, max-age=3600",
                .init("X-Content-Type-Options")!: "nosniff"
            ],
            body: .init(byteBuffer: ByteBuffer(bytes: asset.bytes)))
    }
}

extension WebPage {
    /// A page with one sentence and no session frame (signed out).
    static func render(_ request: Request, language: Language, title: String, message: String) -> Response {
        render(
            request: request, language: language, session: nil, project: nil, template: "message",
            frame: Frame(title: title), content: ["message": message])
    }
}
