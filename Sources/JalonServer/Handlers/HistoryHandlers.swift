import Hummingbird
import JalonCore
import JalonDossier
import JalonLocale
import JalonStore

/// The project's past: revisions, what changed between two, and the shared dossier.
enum HistoryHandlers {
    struct RevisionEntry: Encodable {
        let number: Int, parent: Int?, restoredFrom: Int?, created: String, role: String, author: String?
        let message: String, schemaVersion: String, fingerprint: String?
    }

    /// `GET /v1/projects/{id}/history?limit=&cursor=`: the revisions, oldest first, a page at a time (`Pagination`).
    static func history(_ call: RouteCall) async throws -> Response {
        let pagination = try Pagination(call, list: "history")
        let id = call.project!, store = call.services.repository.store
        let revisions = try await Blocking.run { try store.history(of: id) }
        // A revision message may quote what the person keeps back (« Création du projet de Sophie »):
        // a counsellor reads it with the withheld data replaced; revision fingerprints are of whole
        // documents they may not see, so they get none.
        let current = try await call.loadStored().project, grant = call.grant(of: current)
        let page = try pagination.page(revisions, key: { String($0.number) }, call)
        let entries = page.items.map { info in
            RevisionEntry(
                number: info.number, parent: info.parent, restoredFrom: info.restoredFrom, created: info.created.description,
                role: info.author.role.rawValue, author: info.author.name,
                message: grant.map { current.redacted(message: info.message, under: $0) } ?? info.message,
                schemaVersion: info.schemaVersion, fingerprint: grant == nil ? info.fingerprint : nil)
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
            throw Problem.badRequest(
                language.pick(fr: "from et to : deux numéros de révision (1 ou plus)", en: "from and to: two revision numbers (1 or more)"), language)
        }
        let id = call.project!, repository = call.services.repository
        // Both revisions as this caller may see them (under the person's current choice), then compared.
        let current = try await call.loadStored().project, grant = call.grant(of: current)
        let diff = try await Blocking.run {
            try repository.diff(id, from: from, to: to, seenAs: { project in grant.map { project.visible(under: $0) } ?? project })
        }
        // The same two revisions seen by the same reader give the same bytes (the tag is their digest).
        return try await call.conditionalJSON(
            diff.sections.flatMap { section in
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
            throw Problem.badRequest(
                language.pick(
                    fr: "format : « \(format) » inconnu (html, md, json, xml, pdf)",
                    en: "format: unknown '\(format)' (html, md, json, xml, pdf)"), language)
        }
        var share = DossierShare.none
        if let words = call.query("share"), !words.isEmpty {
            switch DossierShare.parse(words) {
            case .success(let parsed): share = parsed
            case .failure(let unknown):
                let known = DossierShare.keywords.map(\.word).joined(separator: ", ")
                throw Problem.badRequest(
                    language.pick(
                        fr: "share : « \(unknown.word) » inconnu (attendu : \(known), all, none)",
                        en: "share: unknown '\(unknown.word)' (expected: \(known), all, none)"), language)
            }
        }
        let id = call.project!, store = call.services.repository.store
        // A counsellor's `share` narrows what the person gave them, never widens it.
        let current = try await call.loadStored().project
        let grant = call.viewer.exportGrant(of: current, share: share)
        let latest = try await Blocking.run { try store.latestRevisionNumber(of: id) }
        // Weak: each export is stamped with its time, the same dossier in other bytes. Prose formats carry the language.
        let prose = ["html", "md", "pdf"].contains(format)
        return try await call.conditional(Representation(revision: latest, language: prose ? language : nil, weak: true)) {
            try await exportResponse(project: id, format: format, grant: grant, services: call.services, language: language)
        }
    }

    /// The dossier of `project` in `format`, minimised to `grant` (the API's export and the web pages' download).
    static func exportResponse(
        project id: ProjectID, format: String, grant: Grant, services: ServerServices,
        language: Language
    ) async throws -> Response {
        let repository = services.repository, cache = services.catalogue
        // With the catalogue, skills are grouped by their ROME category and centres carry their labels.
        let build: @Sendable () throws -> Dossier = {
            try DossierBuilder(repository: repository, catalogue: try cache.get().catalogue).dossier(id, grant: grant)
        }
        if format == "pdf" { return try await pdfResponse(build, services: services, language: language) }
        let dossier = try await Blocking.run(build)
        let headers = headers(of: dossier)
        switch format {
        case "xml":
            // Signed by the service's key (published at /.well-known/jalon-keys.pem) when it has one.
            let bytes = try services.signingKey.map { try DossierSignature.sign(dossier, with: $0) } ?? DossierXML.encode(dossier)
            return Responses.bytes(bytes, contentType: "application/xml; charset=utf-8", headers: headers)
        case "json": return Responses.bytes(DossierJSON.encode(dossier), contentType: "application/json; charset=utf-8", headers: headers)
        case "md":
            return Responses.bytes(
                Array(DossierMarkdown.render(dossier, language: language).utf8),
                contentType: "text/markdown; charset=utf-8", headers: headers)
        default:
            return Responses.bytes(
                Array(DossierHTML.render(dossier, language: language).utf8),
                contentType: "text/html; charset=utf-8", headers: headers)
        }
    }

    private static func headers(of dossier: Dossier) -> HTTPFields {
        [.eTag: ETag.value(dossier.revision), .init("X-Jalon-Fingerprint")!: dossier.fingerprint]
    }

    /// Headless Chromium prints the page. A render slot is taken first: an export past the limit is
    /// refused before it costs a store read; the dossier is built on the store's pool, then printed on
    /// the render's own thread under the idle class (`RenderSlots`), never taking CPU from the requests
    /// people wait for. A missing Chromium is said plainly.
    private static func pdfResponse(
        _ build: @escaping @Sendable () throws -> Dossier, services: ServerServices,
        language: Language
    ) async throws -> Response {
        do {
            let (dossier, pdf) = try await services.renders.run(language, prepare: { try await Blocking.run(build) }) { dossier in
                (dossier, try DossierPDF.render(html: DossierHTML.render(dossier, language: language)))
            }
            return Responses.bytes(pdf, contentType: "application/pdf", headers: headers(of: dossier))
        } catch let error as DossierPDFError {
            throw Problem(
                .serviceUnavailable, kind: "pdf-unavailable",
                title: language.pick(fr: "PDF indisponible", en: "PDF unavailable"), detail: error.message(in: language))
        }
    }
}
