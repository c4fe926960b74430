import Foundation
import Hummingbird
import JalonCore
import JalonLocale
import JalonStore

/// Creating, linking and reading projects.
enum ProjectHandlers {
    struct CreateBody: Decodable {
        var displayName: String
        var person: String?
        var counsellors: [String]?
    }

    /// `POST /v1/projects`: JSON `{displayName, person, counsellors}` starts a new project; a project XML
    /// document (`Content-Type: application/xml`, linked through `?person=&counsellor=`) is imported
    /// through the hardened parser and the schema, with a fresh id if it collides.
    static func create(_ call: RouteCall) async throws -> Response {
        let language = call.language, repository = call.services.repository, author = call.author
        let limit = call.services.limits.maxBodyBytes
        let person: String?, counsellors: [String], created: ProjectID, revision: Int
        if RequestBody.isXML(call.request) {
            let bytes = try await RequestBody.bytes(call.request, limit: limit)
            let result = try await Blocking.run { try repository.importDocument(bytes, sourceName: "request", author: author) }
            (created, revision) = (result.project.id, result.revision.number)
            person = call.query("person")
            counsellors = call.request.uri.queryParameters.getAll("counsellor")
        } else {
            let body = try await RequestBody.json(CreateBody.self, call.request, limit: limit)
            let name = body.displayName.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !name.isEmpty else {
                throw Problem.invalidDocument(language.pick(fr: "displayName : valeur vide", en: "displayName: empty value"), language)
            }
            let project = Project.started(displayName: name)
            let info = try await Blocking.run {
                try repository.create(project, author: author, message: language.pick(fr: "Projet créé par le portail", en: "Project created by the portal"))
            }
            (created, revision) = (project.id, info.number)
            person = body.person
            counsellors = body.counsellors ?? []
        }
        let links = ProjectLinks(project: created, portal: call.authenticated.subject, person: try subject(person, "person", language),
                                 counsellors: try counsellors.map { try subject($0, "counsellors", language)! })
        _ = try await Blocking.run { [services = call.services] in try services.links.update(created) { $0 = links } }
        return try Responses.json(RevisionView(id: created.rawValue, revision: revision), status: .created,
                                     headers: [.location: "/v1/projects/\(created.rawValue)", .eTag: ETag.value(revision)])
    }

    private static func subject(_ value: String?, _ field: String, _ language: Language) throws -> String? {
        guard let value else { return nil }
        let trimmed = value.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty else {
            throw Problem.invalidDocument(language.pick(fr: "\(field) : valeur vide", en: "\(field): empty value"), language)
        }
        return trimmed
    }

    struct LinkBody: Decodable {
        var person: String?
        var counsellors: [String]?
    }

    /// `POST /v1/projects/{id}/links`: sets the person and/or replaces the counsellors the project is shared with.
    static func link(_ call: RouteCall) async throws -> Response {
        let language = call.language
        let body = try await RequestBody.json(LinkBody.self, call.request, limit: call.services.limits.maxBodyBytes)
        guard body.person != nil || body.counsellors != nil else {
            throw Problem.invalidDocument(language.pick(fr: "rien à lier : donnez person ou counsellors", en: "nothing to link: give person or counsellors"), language)
        }
        let person = try subject(body.person, "person", language)
        let counsellors = try body.counsellors.map { try $0.map { try subject($0, "counsellors", language)! } }
        let id = call.project!, links = call.services.links, portal = call.authenticated.subject
        let saved = try await Blocking.run { () throws -> ProjectLinks? in
            try links.update(id) { current in
                var changed = current ?? ProjectLinks(project: id, portal: portal)
                if let person { changed.person = person }
                if let counsellors {
                    var seen = Set<String>()
                    changed.counsellors = counsellors.filter { seen.insert($0).inserted }
                }
                current = changed
            }
        }
        return try Responses.json(saved)
    }

    /// `GET /v1/projects/{id}`: JSON (`ProjectView`) or the XML document by `Accept`; each its own ETag
    /// (`"r<N>"`, `"r<N>-xml"`), 304 when `If-None-Match` names it.
    static func read(_ call: RouteCall) async throws -> Response {
        let offered = ["application/json", "application/xml"]
        guard let media = MediaNegotiation.choose(call.request, offered: offered) else { throw Problem.notAcceptable(offered, call.language) }
        let loaded = try await call.load(), revision = loaded.revision.number
        let xml = media == "application/xml"
        return try await call.conditional(Representation(revision: revision, negotiated: true, media: xml ? "xml" : nil)) {
            if xml { return Responses.bytes(ProjectCodec.encode(loaded.project), contentType: "application/xml; charset=utf-8") }
            let json = try call.services.projects.view("project", of: loaded) { try Responses.encode(ProjectView(loaded.project, revision: revision)) }
            return Responses.encodedJSON(json)
        }
    }

    /// `GET /v1/projects/{id}/status`: the seven steps and what advancing needs. No name, no content:
    /// the portal may read it.
    static func status(_ call: RouteCall) async throws -> Response {
        let loaded = try await call.load(), language = call.language
        return try await call.conditional(Representation(revision: loaded.revision.number, language: language)) {
            try Responses.json(StatusView(loaded.project, revision: loaded.revision.number, language: language))
        }
    }

    /// `POST /v1/projects/{id}/advance` (If-Match): finishes the current step, only when it is complete
    /// (else 409 naming what is missing: `AdvanceEdit`).
    static func advance(_ call: RouteCall) async throws -> Response {
        try await call.apply(AdvanceEdit())
    }
}
