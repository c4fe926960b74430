import Hummingbird
import JalonCore
import JalonStore

extension RouteCall {
    /// Read, change, save: the base is the revision `If-Match` names (428 without it). A stale base is
    /// 412 before anything is computed; a save that loses the race in the store is 412 too (the store's
    /// compare-and-set on the latest revision). Either way nothing is saved and nothing is lost.
    func mutate(author: RevisionAuthor,
                _ change: @escaping @Sendable (inout Project) throws -> String) async throws -> Response {
        let base = try ifMatchRevision()
        guard let id = project else { throw Problem.internalError(language) }
        let repository = services.repository, language = language
        let saved = try await Blocking.run { () throws -> RevisionInfo in
            let loaded = try repository.load(id)
            guard loaded.revision.number == base else { throw Problem.preconditionFailed(current: loaded.revision.number, language) }
            var project = loaded.project
            let message = try change(&project)
            return try repository.save(project, basedOn: base, author: author, message: message)
        }
        return try Responses.json(RevisionView(id: id.rawValue, revision: saved.number), headers: [.eTag: ETag.value(saved.number)])
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
