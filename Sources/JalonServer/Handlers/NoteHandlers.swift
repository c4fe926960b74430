import Foundation
import Hummingbird
import JalonCore
import JalonDossier
import JalonLocale

/// Counsellors' notes on a project's steps.
enum NoteHandlers {
    /// `GET /v1/projects/{id}/notes`: every note, by step then date.
    static func list(_ call: RouteCall) async throws -> Response {
        let loaded = try await call.load()
        let notes = Step.allCases.flatMap { loaded.project.notes(on: $0) }
        return try Responses.json(notes.map(DossierJSON.Note.init), headers: [.eTag: ETag.value(loaded.revision.number)])
    }

    struct NoteBody: Decodable {
        var section: String
        var status: String
        /// The same field names as the notes `GET` returns (the JSON dossier's).
        var text: String
        var structure: String?
    }

    /// `POST /v1/projects/{id}/notes` (counsellor, If-Match): adds a note signed with the counsellor's subject.
    static func add(_ call: RouteCall) async throws -> Response {
        let language = call.language
        let body = try await RequestBody.json(NoteBody.self, call.request, limit: call.services.limits.maxBodyBytes)
        return try await call.mutate(author: call.author, try noteEdit(body, auteur: call.authenticated.subject, language: language))
    }

    /// Checks a note and returns the edit that adds it (the API and the counsellor's page).
    static func noteEdit(_ body: NoteBody, auteur: String, language: Language) throws -> @Sendable (inout Project) throws -> String {
        func invalid(_ field: String, fr: String, en: String) -> Problem {
            .invalidDocument(language.pick(fr: "\(field) : \(fr)", en: "\(field): \(en)"), language)
        }
        guard let section = Step(rawValue: body.section) else {
            let known = Step.allCases.map(\.rawValue).joined(separator: ", ")
            throw invalid("section", fr: "étape inconnue (attendu : \(known))", en: "unknown step (expected: \(known))")
        }
        guard let status = CounsellorNote.Status(rawValue: body.status) else {
            let known = CounsellorNote.Status.allCases.map(\.rawValue).joined(separator: ", ")
            throw invalid("status", fr: "inconnu (attendu : \(known))", en: "unknown (expected: \(known))")
        }
        let texte = body.text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !texte.isEmpty else { throw invalid("text", fr: "valeur vide", en: "empty value") }
        let structure = body.structure?.trimmingCharacters(in: .whitespacesAndNewlines)
        return { project in
            let id = NoteID.next(prefix: "n", after: project.notes.map(\.id))
            project.notes.append(CounsellorNote(id: id, auteur: auteur, structure: structure?.isEmpty == false ? structure : nil,
                                                date: .now(), section: section, status: status, texte: texte))
            return language.pick(fr: "Note de conseiller sur \(section.title(in: language))", en: "Counsellor note on \(section.title(in: language))")
        }
    }
}
