import Hummingbird
import JalonCore
import JalonDossier
import JalonLocale
import JalonStore

/// The project's past: revisions, what changed between two, and the shared dossier.
enum HistoryHandlers {
    struct RevisionEntry: Encodable {
        let number: Int, parent: Int?, restoredFrom: Int?, created: String, role: String, author: String?
        let message: String, schemaVersion: String, fingerprint: String
    }

    /// `GET /v1/projects/{id}/history?limit=&cursor=`: the revisions, oldest first, a page at a time (`Pagination`).
    static func history(_ call: RouteCall) async throws -> Response {
        let pagination = try Pagination(call, list: "history")
        let id = call.project!, store = call.services.repository.store
        let revisions = try await Blocking.run { try store.history(of: id) }
        let page = try pagination.page(revisions, key: { String($0.number) }, call)
        let entries = page.items.map {
            RevisionEntry(number: $0.number, parent: $0.parent, restoredFrom: $0.restoredFrom, created: $0.created.description,
                          role: $0.author.role.rawValue, author: $0.author.name, message: $0.message,
                          schemaVersion: $0.schemaVersion, fingerprint: $0.fingerprint)
        }
        // The latest revision tags the whole history: a page changes only when a revision is added.
        guard let latest = revisions.last?.number else { return try Responses.json(entries, headers: page.headers) }
        return try await call.conditional(Representation(revision: latest)) { try Responses.json(entries, headers: page.headers) }
    }

    struct ChangeEntry: Encodable {
        let section: String, kind: String, path: String, before: String?, after: String?
    }

    /// `GET /v1/projects/{id}/diff?from=A&to=B`: the changes, section by section.
    static func diff(_ call: RouteCall) async throws -> Response {
        let language = call.language
        guard let from = call.query("from").flatMap(Int.init), let to = call.query("to").flatMap(Int.init), from > 0, to > 0 else {
            throw Problem.badRequest(language.pick(fr: "from et to : deux numéros de révision (1 ou plus)", en: "from and to: two revision numbers (1 or more)"), language)
        }
        let id = call.project!, repository = call.services.repository
        let diff = try await Blocking.run { try repository.diff(id, from: from, to: to) }
        // Two revisions never change: the same bytes for as long as the project exists.
        return try await call.conditionalJSON(diff.sections.flatMap { section in
            section.changes.map { ChangeEntry(section: section.name, kind: $0.kind.rawValue, path: $0.path, before: $0.before, after: $0.after) }
        })
    }

    /// `GET /v1/projects/{id}/export?format=html|md|json|xml|pdf&share=name,place…`: the shared dossier
    /// (`JalonDossier`), minimised to what `share` names (nothing personal by default), with its
    /// fingerprint in `X-Jalon-Fingerprint`.
    static func export(_ call: RouteCall) async throws -> Response {
        let language = call.language
        let format = call.query("format") ?? "html"
        guard ["html", "md", "json", "xml", "pdf"].contains(format) else {
            throw Problem.badRequest(language.pick(fr: "format : « \(format) » inconnu (html, md, json, xml, pdf)",
                                                   en: "format: unknown '\(format)' (html, md, json, xml, pdf)"), language)
        }
        var share = DossierShare.none
        if let words = call.query("share"), !words.isEmpty {
            switch DossierShare.parse(words) {
            case .success(let parsed): share = parsed
            case .failure(let unknown):
                let known = DossierShare.keywords.map(\.word).joined(separator: ", ")
                throw Problem.badRequest(language.pick(fr: "share : « \(unknown.word) » inconnu (attendu : \(known), all, none)",
                                                       en: "share: unknown '\(unknown.word)' (expected: \(known), all, none)"), language)
            }
        }
        let id = call.project!, store = call.services.repository.store
        let latest = try await Blocking.run { try store.latestRevisionNumber(of: id) }
        // Weak: each export is stamped with its time, the same dossier in other bytes. Prose formats carry the language.
        let prose = ["html", "md", "pdf"].contains(format)
        return try await call.conditional(Representation(revision: latest, language: prose ? language : nil, weak: true)) {
            try await exportResponse(project: id, format: format, share: share, services: call.services, language: language)
        }
    }

    /// The dossier of `project` in `format`, minimised to `share` (the API's export and the web page's download).
    static func exportResponse(project id: ProjectID, format: String, share chosen: DossierShare, services: ServerServices,
                               language: Language) async throws -> Response {
        let repository = services.repository, cache = services.catalogue
        // With the catalogue, skills are grouped by their ROME category and centres carry their labels.
        let dossier = try await Blocking.run {
            try DossierBuilder(repository: repository, catalogue: try cache.get().catalogue).dossier(id, share: chosen)
        }
        let headers: HTTPFields = [.eTag: ETag.value(dossier.revision), .init("X-Jalon-Fingerprint")!: dossier.fingerprint]
        switch format {
        case "xml": return Responses.bytes(DossierXML.encode(dossier), contentType: "application/xml; charset=utf-8", headers: headers)
        case "json": return Responses.bytes(DossierJSON.encode(dossier), contentType: "application/json; charset=utf-8", headers: headers)
        case "md":
            return Responses.bytes(Array(DossierMarkdown.render(dossier, language: language).utf8),
                                      contentType: "text/markdown; charset=utf-8", headers: headers)
        case "html":
            return Responses.bytes(Array(DossierHTML.render(dossier, language: language).utf8),
                                      contentType: "text/html; charset=utf-8", headers: headers)
        default:
            // Headless Chromium prints the page: off the event loop, and a missing Chromium is said plainly.
            let html = DossierHTML.render(dossier, language: language)
            do {
                let pdf = try await services.renders.run(language) { try DossierPDF.render(html: html) }
                return Responses.bytes(pdf, contentType: "application/pdf", headers: headers)
            } catch let error as DossierPDFError {
                throw Problem(.serviceUnavailable, kind: "pdf-unavailable",
                              title: language.pick(fr: "PDF indisponible", en: "PDF unavailable"), detail: error.message(in: language))
            }
        }
    }
}
