import Hummingbird
import JalonCore
import JalonDossier
import JalonLocale

/// Counsellors' notes on a project's steps.
enum NoteHandlers {
    /// `GET /v1/projects/{id}/notes?limit=&cursor=`: the notes by step then date, a page at a time (`Pagination`).
    static func list(_ call: RouteCall) async throws -> Response {
        let pagination = try Pagination(call, list: "notes")
        let loaded = try await call.load()
        let page = try pagination.page(Step.allCases.flatMap { loaded.project.notes(on: $0) }, key: \.id.rawValue, call)
        return try await call.conditional(Representation(revision: loaded.revision.number)) {
            try Responses.json(page.items.map(DossierJSON.Note.init), headers: page.headers)
        }
    }

    struct NoteBody: Decodable {
        var section: String
        var status: String
        /// The same field names as the notes `GET` returns (the JSON dossier's).
        var text: String
        var structure: String?
    }

    /// `POST /v1/projects/{id}/notes` (counsellor, If-Match): adds a note signed with the counsellor's subject (`AddNoteEdit`).
    static func add(_ call: RouteCall) async throws -> Response {
        let body = try await RequestBody.json(NoteBody.self, call.request, limit: call.services.limits.maxBodyBytes)
        let draft = CounsellorNoteDraft(
            section: body.section, status: body.status, author: call.authenticated.subject,
            structure: body.structure, text: body.text)
        return try await call.apply(AddNoteEdit(draft)) { DossierJSON.Note($0.change) }
    }

    struct NoteChangeBody: Decodable {
        var status: String?
        var text: String?
    }

    /// `PATCH /v1/projects/{id}/notes/{note}` (counsellor, If-Match): the counsellor rewrites their own note (`EditNoteEdit`).
    static func edit(_ call: RouteCall) async throws -> Response {
        let body = try await RequestBody.json(NoteChangeBody.self, call.request, limit: call.services.limits.maxBodyBytes)
        let edit = EditNoteEdit(note: try call.parameter("note"), author: call.authenticated.subject, status: body.status, text: body.text)
        return try await call.apply(edit) { DossierJSON.Note($0.change) }
    }
}
