import Foundation
import Hummingbird
import JalonCore
import JalonLocale

/// `POST /v1/sign-in-links` (portal): a single-use link that signs a person (into one of the portal's
/// projects linked to them) or a counsellor into the web workbook, valid a few minutes. The portal
/// redirects the browser to it; the link is never shown twice.
enum SignInLinkHandlers {
    struct Body: Decodable {
        var role: String
        var subject: String
        var project: String?
    }

    struct LinkView: Encodable {
        let url: String
        let expiresInSeconds: Int
    }

    static func create(_ call: RouteCall) async throws -> Response {
        let language = call.language
        let body = try await RequestBody.json(Body.self, call.request, limit: call.services.limits.maxBodyBytes)
        func invalid(_ field: String, fr: String, en: String) -> Problem {
            .invalidDocument(language.pick(fr: "\(field) : \(fr)", en: "\(field): \(en)"), language)
        }
        let subject = body.subject.trimmingCharacters(in: .whitespaces)
        guard !subject.isEmpty else { throw invalid("subject", fr: "valeur vide", en: "empty value") }
        var project: ProjectID?
        switch body.role {
        case "person":
            guard let text = body.project else { throw invalid("project", fr: "requis pour une personne", en: "required for a person") }
            // Only a project this portal created and linked to that very person: else the same 404 as for an unknown one.
            guard let id = ProjectID(text),
                let links = try await Blocking.run({ [services = call.services] in try services.links.links(of: id) }),
                links.admits(call.authenticated), links.person == subject
            else {
                throw Problem.projectNotFound(text, language)
            }
            project = id
        case "counsellor":
            guard body.project == nil else { throw invalid("project", fr: "sans objet pour un conseiller", en: "not for a counsellor") }
        default:
            throw invalid("role", fr: "attendu : person ou counsellor", en: "expected: person or counsellor")
        }
        let web = call.services.web, role = Role(rawValue: body.role)!, chosen = project
        let token = try await Blocking.run { try web.issueLink(role: role, subject: subject, project: chosen) }
        let path = "/connexion/" + token
        let base = call.services.publicURL.map { $0.hasSuffix("/") ? String($0.dropLast()) : $0 } ?? ""
        return try Responses.json(
            LinkView(url: base + path, expiresInSeconds: Int(web.linkLifetime)), status: .created,
            headers: [.cacheControl: "no-store"])
    }
}
