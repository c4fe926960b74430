import Hummingbird
import JalonCore
import JalonStore

extension WebCall {
    /// The latest revision of the page's project (decoded once per revision: `ProjectReadCache`).
    func load() async throws -> ProjectRepository.Loaded {
        let repository = services.repository, projects = services.projects, id = id
        return try await Blocking.run { try projects.load(id, from: repository) }
    }

    /// Who signs a change made from this page: a person's revisions carry no name, a counsellor's their
    /// subject (as through the API).
    var author: RevisionAuthor {
        guard let session, session.role == .counsellor else { return RevisionAuthor(role: .person) }
        return RevisionAuthor(role: .counsellor, name: session.subject)
    }

    /// Read, change, save, based on the revision the form was shown with (its hidden `revision`): a
    /// page left open while the project changed elsewhere saves nothing and says so (compare-and-set).
    @discardableResult
    func save(_ change: @escaping @Sendable (inout Project) throws -> String) async throws -> RevisionInfo {
        guard let base = form["revision"].flatMap(Int.init) else {
            throw PageFailure(status: .badRequest, message: text(fr: "Le formulaire ne dit pas de quelle version il part : rechargez la page.",
                                                                en: "The form does not say which revision it starts from: reload the page."))
        }
        let repository = services.repository, id = id, author = author, language = language
        do {
            return try await Blocking.run { () throws -> RevisionInfo in
                let loaded = try repository.load(id)
                guard loaded.revision.number == base else { throw StoreError.conflict(id, expected: base, actual: loaded.revision.number) }
                var project = loaded.project
                let message = try change(&project)
                project.metadata.updated = .now()
                return try repository.save(project, basedOn: base, author: author, message: message)
            }
        } catch let error where Self.isConflict(error) {
            throw PageFailure(status: .conflict, message: language.pick(
                fr: "Le projet a changé depuis l’affichage de cette page (dans un autre onglet ou par un autre accès) : rien n’a été enregistré. Rechargez la page et recommencez.",
                en: "The project changed since this page was shown (in another tab or elsewhere): nothing was saved. Reload the page and try again."))
        }
    }

    private static func isConflict(_ error: any Error) -> Bool {
        switch error {
        case StoreError.conflict: true
        case RepositoryError.store(.conflict): true
        default: false
        }
    }
}
