import Foundation
import Hummingbird
import JalonCore
import JalonLocale

/// The person's own trust pages: what each counsellor may see (the dossier page's sharing forms, each
/// change the `ConsentEdit` the CLI and the API apply) and the erasure of the whole project.
enum ConsentPages {
    static let personalLabels: [PersonalDatum: (String, String)] = [
        .name: ("mon nom", "my name"), .contact: ("mes coordonnées", "my contact details"),
        .birthYear: ("mon année de naissance", "my year of birth"), .place: ("mon lieu de vie", "where I live"),
        .situation: ("ma situation", "my situation"), .constraints: ("mes contraintes", "my constraints")
    ]

    /// The dossier page's sharing forms: one per counsellor linked to the project or already given a
    /// choice, each box showing what they see now, and one for a counsellor named by their identifier.
    static func sharingContent(_ call: WebCall, project: Project, revision: Int) async throws -> [String: Any] {
        let links = call.services.links, id = call.id, language = call.language
        let linked = try await Blocking.run { try links.links(of: id)?.counsellors ?? [] }
        let counsellors = Set(linked).union(project.consent.counsellors).sorted()
        func form(_ counsellor: String?, index: Int) -> [String: Any] {
            let grant = counsellor.map { project.consent.grant(for: $0) } ?? .default
            return [
                "counsellor": counsellor ?? "", "named": counsellor != nil, "index": index,
                "personal": PersonalDatum.allCases.map { datum in
                    [
                        "value": datum.rawValue, "label": personalLabels[datum].map { language.pick(fr: $0.0, en: $0.1) } ?? datum.rawValue,
                        "checked": grant.personal.contains(datum)
                    ] as [String: Any]
                },
                "sections": Step.allCases.map { step in
                    ["value": step.rawValue, "label": "\(step.number). " + step.title(in: language), "checked": grant.sections.contains(step)] as [String: Any]
                }
            ]
        }
        return [
            "shareAction": "/carnet/\(id.rawValue)/partage", "revision": revision,
            "counsellorForms": counsellors.enumerated().map { form($0.element, index: $0.offset) },
            "newCounsellorForm": form(nil, index: counsellors.count),
            "eraseHref": "/carnet/\(id.rawValue)/effacer"
        ]
    }

    /// `POST /carnet/{id}/partage`: what one counsellor may see (the boxes ticked), one revision.
    static func share(_ call: WebCall) async throws -> Response {
        let form = call.form
        do {
            try await call.apply(try ConsentEdit(counsellor: form["counsellor"] ?? "", personal: form.all("personal"), sections: form.all("sections")))
        } catch let refused as EditFailure {
            throw PageFailure(status: .unprocessableContent, message: refused.message(in: call.language))
        } catch let refused as FormErrors {
            throw PageFailure(status: .unprocessableContent, message: refused.entries.map(\.message).joined(separator: " "))
        }
        return WebPage.redirect("/carnet/\(call.id.rawValue)/dossier", done: "partage")
    }

    /// `GET /carnet/{id}/effacer`: what erasure does, and the confirmation it asks.
    static func confirmErase(_ call: WebCall) async throws -> Response {
        WebPage.render(
            call, template: "effacer", frame: .init(title: call.text(fr: "Effacer mon carnet", en: "Erase my workbook"), step: "dossier"),
            content: ["action": "/carnet/\(call.id.rawValue)/effacer"])
    }

    /// `POST /carnet/{id}/effacer` (the box ticked): `ProjectErasure`, as the CLI and the API do it —
    /// revisions, links, every session and sign-in link naming the project, this server's cache; then
    /// the browser's cookie is cleared.
    static func erase(_ call: WebCall) async throws -> Response {
        guard call.form["confirmer"] == "oui" else {
            throw PageFailure(
                status: .unprocessableContent,
                message: call.text(
                    fr: "Cochez la case pour confirmer l’effacement : rien n’a été effacé.",
                    en: "Tick the box to confirm the erasure: nothing was erased."))
        }
        let id = call.id, services = call.services
        try await Blocking.run { try ProjectErasure.erase(id, store: services.repository.store, links: services.links, web: services.web.store) }
        services.projects.drop(id)
        var response = WebPage.render(
            call.request, language: call.language, title: call.text(fr: "Carnet effacé", en: "Workbook erased"),
            message: call.text(
                fr: "Votre carnet, toutes ses versions et ses partages sont effacés. Vous êtes déconnecté.",
                en: "Your workbook, all its revisions and its sharing are erased. You are signed out."))
        response.setCookie(SignInPages.cookie(value: "", maxAge: 0, secure: services.web.secureCookies))
        return response
    }
}
