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
    /// through the hardened parser and the schema, always under a fresh id (an answer must never tell
    /// whether an id exists) and without counsellor notes: the portal cannot speak for a counsellor, so
    /// notes are dropped and `droppedNotes` says how many.
    static func create(_ call: RouteCall) async throws -> Response {
        let language = call.language, repository = call.services.repository, author = call.author
        let limit = call.services.limits.maxBodyBytes
        let person: String?, counsellors: [String], created: ProjectID, revision: Int
        var droppedNotes: Int?
        if RequestBody.isXML(call.request) {
            let bytes = try await RequestBody.bytes(call.request, limit: limit)
            let result = try await Blocking.run {
                try repository.importDocument(bytes, sourceName: "request", author: author, freshID: true, droppingNotes: true)
            }
            (created, revision) = (result.project.id, result.revision.number)
            droppedNotes = result.droppedNotes
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
        let links = ProjectLinks(
            project: created, portal: call.authenticated.subject, person: try subject(person, "person", language),
            counsellors: try counsellors.map { try subject($0, "counsellors", language)! })
        _ = try await Blocking.run { [services = call.services] in try services.links.update(created) { $0 = links } }
        return try Responses.json(
            CreatedView(id: created.rawValue, revision: revision, droppedNotes: droppedNotes), status: .created,
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
            throw Problem.invalidDocument(
                language.pick(fr: "rien à lier : donnez person ou counsellors", en: "nothing to link: give person or counsellors"), language)
        }
        let person = try subject(body.person, "person", language)
        let counsellors = try body.counsellors.map { try $0.map { try subject($0, "counsellors", language)! } }
        let id = call.project!, links = call.services.links, portal = call.authenticated.subject
        let saved = try await Blocking.run { () throws -> ProjectLinks? in
            try links.update(id) { current in
                var changed = current ?? ProjectLinks(project: id, portal: portal)
                if let person {
                    // A project belongs to one person for good: the remedy for a wrong one is a new project.
                    if let set = changed.person, set != person { throw Problem.personAlreadySet(language) }
                    changed.person = person
                }
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
            let catalogue = try await Blocking.run { [cache = call.services.catalogue] in try cache.catalogue() }
            // Each viewer's own view of the revision (the person's consent), cached under its key.
            let json = try call.services.projects.view("project/" + call.viewer.cacheKey, of: loaded) {
                try Responses.encode(ProjectView(loaded.project, revision: revision, catalogue: catalogue))
            }
            return Responses.encodedJSON(json)
        }
    }

    /// `DELETE /v1/projects/{id}` (person; portal on the person's behalf): `ProjectErasure`, then this
    /// server's cache forgets the project at once (others on their next read).
    static func erase(_ call: RouteCall) async throws -> Response {
        let id = call.project!, services = call.services
        try await Blocking.run { try ProjectErasure.erase(id, store: services.repository.store, links: services.links, web: services.web.store) }
        services.projects.drop(id)
        return Response(status: .noContent)
    }

    /// `GET /v1/projects/{id}/status`: the seven steps and what advancing needs. No name, no content:
    /// the portal may read it.
    static func status(_ call: RouteCall) async throws -> Response {
        // Steps are read on the whole project (a hidden section is not an unstarted one); what advancing
        // needs names content, so only those who see every section get it.
        let loaded = try await call.loadStored(), language = call.language
        let everySection = call.grant(of: loaded.project).map { $0.sections.count == Step.allCases.count } ?? true
        let stepStatesOnly = call.authenticated.role == .portal || !everySection
        return try await call.conditional(Representation(revision: loaded.revision.number, language: language)) {
            try Responses.json(StatusView(loaded.project, revision: loaded.revision.number, language: language, stepStatesOnly: stepStatesOnly))
        }
    }

    /// `POST /v1/projects/{id}/advance` (If-Match): finishes the current step, only when it is complete
    /// (else 409 naming what is missing: `AdvanceEdit`).
    static func advance(_ call: RouteCall) async throws -> Response {
        try await call.apply(AdvanceEdit())
    }
}
