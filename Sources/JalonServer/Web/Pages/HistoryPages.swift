import Foundation
import Hummingbird
import JalonCore
import JalonDossier
import JalonLocale
import JalonStore

/// The project's past (revisions and what changed) and the dossier the person downloads.
enum HistoryPages {
    static func list(_ call: WebCall) async throws -> Response {
        let id = call.id, repository = call.services.repository, language = call.language
        let revisions = try await Blocking.run { try repository.store.history(of: id) }
        let base = "/carnet/\(id.rawValue)/historique"
        let latest = revisions.last?.number ?? 0
        var content: [String: Any] = [
            "revision": latest, "restoreAction": base + "/restaurer",
            "revisions": revisions.reversed().map { revision -> [String: Any] in
                var row: [String: Any] = [
                    "number": revision.number, "date": String(revision.created.description.prefix(16)).replacingOccurrences(of: "T", with: " "),
                    "author": revision.author.name ?? revision.author.role.rawValue, "message": revision.message
                ]
                if revision.number > 1 { row["diffHref"] = base + "?vers=\(revision.number)#diff" }
                row["restorable"] = revision.number < latest
                return row
            }
        ]
        if let to = call.query("vers").flatMap(Int.init), to > 1, revisions.contains(where: { $0.number == to }) {
            let diff = try await Blocking.run { try repository.diff(id, from: to - 1, to: to) }
            let changes = diff.sections.flatMap { section in
                section.changes.map { ["section": section.name, "path": $0.path, "before": $0.before ?? "", "after": $0.after ?? ""] }
            }
            content["changes"] = changes
            content["hasChanges"] = true
            content["diffTitle"] = language.pick(fr: "Changements de la version \(to - 1) à \(to)", en: "Changes from revision \(to - 1) to \(to)")
        }
        return WebPage.render(
            call, template: "historique", frame: .init(title: language.pick(fr: "Historique", en: "History"), step: "historique"),
            content: content)
    }

    /// `POST …/historique/restaurer`: a new revision with the content of the one chosen (nothing is
    /// rewritten or lost: `ProjectRepository.restore`), only from the latest revision the page showed.
    static func restore(_ call: WebCall) async throws -> Response {
        let language = call.language
        guard let base = call.form["revision"].flatMap(Int.init), let number = call.form["restaurer"].flatMap(Int.init) else {
            throw PageFailure(
                status: .badRequest,
                message: language.pick(
                    fr: "Le formulaire ne dit pas quelle version restaurer : rechargez la page.",
                    en: "The form does not say which revision to restore: reload the page."))
        }
        let id = call.id, repository = call.services.repository, author = call.author
        let saved = try await Blocking.run { () throws -> RevisionInfo in
            let latest = try repository.store.latestRevisionNumber(of: id)
            guard base == latest else { throw WebCall.conflict(language) }
            guard (1..<latest).contains(number) else {
                throw PageFailure(
                    status: .badRequest,
                    message: language.pick(
                        fr: "Pas de version \(number) à restaurer (1 à \(latest - 1)).",
                        en: "No revision \(number) to restore (1 to \(latest - 1))."))
            }
            return try repository.restore(id, revision: number, author: author)
        }
        return WebPage.redirect("/carnet/\(id.rawValue)/historique?vers=\(saved.number)&fait=restauree#diff")
    }

    static func dossier(_ call: WebCall) async throws -> Response {
        let language = call.language
        let loaded = try await call.load()
        var content: [String: Any] = [
            "action": "/carnet/\(call.id.rawValue)/dossier/telecharger", "previewAction": "/carnet/\(call.id.rawValue)/dossier/apercu",
            "shares": DossierShare.keywords.map {
                [
                    "word": $0.word,
                    "label": PersonalDatum(rawValue: $0.word).flatMap { ConsentPages.personalLabels[$0] }.map { language.pick(fr: $0.0, en: $0.1) } ?? $0.word
                ]
            },
            "formats": [("html", "HTML"), ("pdf", "PDF"), ("xml", "XML"), ("md", "Markdown"), ("json", "JSON")].map {
                ["value": $0.0, "label": $0.1, "checked": $0.0 == "html"] as [String: Any]
            }
        ]
        content.merge(try await ConsentPages.sharingContent(call, project: loaded.project, revision: loaded.revision.number)) { $1 }
        return WebPage.render(
            call, template: "dossier", frame: .init(title: language.pick(fr: "Dossier", en: "Dossier"), step: "dossier"),
            content: content)
    }

    /// `GET …/dossier/telecharger?format=&share=…`: the export of the API (`HistoryHandlers.export`),
    /// with the share chosen by checkboxes, as an attachment.
    static func download(_ call: WebCall) async throws -> Response {
        try await exported(call, format: call.query("format") ?? "html", attachment: true)
    }

    /// `GET …/dossier/apercu?share=…`: the HTML dossier shown in the browser, as it would be downloaded.
    static func preview(_ call: WebCall) async throws -> Response {
        try await exported(call, format: "html", attachment: false)
    }

    private static func exported(_ call: WebCall, format: String, attachment: Bool) async throws -> Response {
        let language = call.language
        let words = call.request.uri.queryParameters.getAll("share").joined(separator: ",")
        guard ["html", "md", "json", "xml", "pdf"].contains(format), case .success(let share) = DossierShare.parse(words) else {
            throw PageFailure(status: .badRequest, message: language.pick(fr: "Format ou partage inconnu.", en: "Unknown format or share."))
        }
        let stored = try await call.loadStored().project
        var response = try await HistoryHandlers.exportResponse(
            project: call.id, format: format, grant: call.viewer.exportGrant(of: stored, share: share),
            services: call.services, language: language)
        if attachment { response.headers[.contentDisposition] = "attachment; filename=\"dossier-\(call.id.rawValue).\(format)\"" }
        return response
    }
}
