import Hummingbird
import JalonCore
import JalonStore

extension RouteCall {
    /// What an edit needs from the process's resources (loaded once, `ServerServices`).
    struct EditNeeds: OptionSet, Sendable {
        let rawValue: Int
        static let catalogue = EditNeeds(rawValue: 1)
        static let questionnaire = EditNeeds(rawValue: 2)
    }

    /// One JalonCore edit applied through `ProjectRepository.mutate`, based on the revision `If-Match`
    /// names (428 without it; `*` is the latest). A stale base is 412 before anything is computed, and
    /// so is a save that loses the race in the store; a refused edit is a problem naming the field. An
    /// edit that would change nothing saves nothing and answers 200 with the current ETag (idempotent).
    func apply<Edit: ProjectEdit>(
        _ edit: Edit, needs: EditNeeds = [], author: RevisionAuthor? = nil, status: HTTPResponse.Status = .ok,
        view: @escaping @Sendable (EditResult<Edit.Change>) -> (any Encodable & Sendable)? = { _ in nil }
    ) async throws -> Response {
        let base = try ifMatchBase()
        guard let id = project else { throw Problem.internalError(language) }
        let repository = services.repository, language = language, author = author ?? self.author
        let catalogue = needs.contains(.catalogue) ? try await Blocking.run { [cache = services.catalogue] in try cache.catalogue() } : nil
        let questionnaire = needs.contains(.questionnaire) ? try services.questionnaire.get() : nil
        let context = EditContext(language: language, catalogue: catalogue, questionnaire: questionnaire)
        let outcome = try await Blocking.run { () throws -> (revision: Int, result: EditResult<Edit.Change>?) in
            do {
                let saved = try repository.mutate(id, basedOn: base, author: author, in: context, edit)
                return (saved.revision.number, saved.result)
            } catch let failure as EditFailure where failure.kind == .unchanged {
                return (try repository.load(id).revision.number, nil)
            }
        }
        let headers: HTTPFields = [.eTag: ETag.value(outcome.revision)]
        guard let result = outcome.result else {
            return try Responses.json(EditView(id: id.rawValue, revision: outcome.revision, message: nil, unchanged: true, result: nil), headers: headers)
        }
        return try Responses.json(
            EditView(
                id: id.rawValue, revision: outcome.revision, message: result.message, unchanged: false,
                result: view(result).map(AnyEncodable.init)),
            status: status, headers: headers)
    }

    /// The base revision of a change: `If-Match: "r<N>"` (or a list of such tags: the latest must be
    /// among them), or `*` for whatever is latest (nil). 428 without the header, 400 when unreadable.
    func ifMatchBase() throws -> Int? {
        guard let value = request.headers[.ifMatch] else { throw Problem.preconditionRequired(language) }
        if value.trimmingCharacters(in: .whitespaces) == "*" { return nil }
        let tags = value.split(separator: ",").map(String.init)
        let revisions = tags.compactMap(ETag.revision(ifMatch:))
        guard revisions.count == tags.count, let first = revisions.first else { throw Problem.malformedIfMatch(value, language) }
        guard revisions.count > 1 else { return first }
        // Several tags: the change applies if the latest is one of them.
        let latest = try services.repository.store.latestRevisionNumber(of: project!)
        return revisions.contains(latest) ? latest : first
    }

    /// The latest revision of the route's project as stored, read off the event loop (decoded once per
    /// revision: `ProjectReadCache`). Views use `load()`, which applies the person's consent.
    func loadStored() async throws -> ProjectRepository.Loaded {
        guard let id = project else { throw Problem.internalError(language) }
        let repository = services.repository, projects = services.projects
        return try await Blocking.run { try projects.load(id, from: repository) }
    }

    /// The author of a change made by this caller. A person's revisions carry no name (the subject is
    /// an account identifier, not something to write into the project); a counsellor's and a portal's
    /// carry their subject, a professional signature.
    var author: RevisionAuthor {
        switch authenticated.role {
        case .person: RevisionAuthor(role: .person)
        case .counsellor: RevisionAuthor(role: .counsellor, name: authenticated.subject)
        case .portal: RevisionAuthor(role: .portal, name: authenticated.subject)
        }
    }
}

/// The answer to a change: the project, its new revision (also the ETag), the revision's message, and
/// what the edit returned (an added action, the candidates…); `unchanged` when nothing was saved.
struct EditView: Encodable, Sendable {
    let id: String
    let revision: Int
    let message: String?
    let unchanged: Bool
    let result: AnyEncodable?
}

/// An encodable value of any type, for the `result` of an edit.
struct AnyEncodable: Encodable, Sendable {
    let value: any Encodable & Sendable
    init(_ value: any Encodable & Sendable) { self.value = value }
    func encode(to encoder: any Encoder) throws { try value.encode(to: encoder) }
}
