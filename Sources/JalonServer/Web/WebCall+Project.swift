import Hummingbird
import JalonCore
import JalonLocale
import JalonStore

extension WebCall {
    /// The latest revision of the page's project as stored (decoded once per revision: `ProjectReadCache`).
    /// Pages use `load()`, which applies the person's consent.
    func loadStored() async throws -> ProjectRepository.Loaded {
        let repository = services.repository, projects = services.projects, id = id
        return try await Blocking.run { try projects.load(id, from: repository) }
    }

    /// Who looks at the page, as consent sees them (`ProjectViewer`, as through the API).
    var viewer: ProjectViewer { ProjectViewer(role: session?.role ?? .person, subject: session?.subject ?? "") }

    /// The latest revision as this page's reader may see it: a counsellor, what the person gave them.
    func load() async throws -> ProjectRepository.Loaded {
        var loaded = try await loadStored()
        loaded.project = viewer.seen(loaded.project)
        return loaded
    }

    /// Who signs a change made from this page: a person's revisions carry no name, a counsellor's their
    /// subject (as through the API).
    var author: RevisionAuthor {
        guard let session, session.role == .counsellor else { return RevisionAuthor(role: .person) }
        return RevisionAuthor(role: .counsellor, name: session.subject)
    }

    /// The language, the catalogue and the questionnaire the edits check input against (loaded once per process).
    func editContext() async throws -> EditContext {
        let cache = services.catalogue
        let catalogue = try await Blocking.run { try cache.get().catalogue }
        return EditContext(language: language, catalogue: catalogue, questionnaire: try services.questionnaire.get())
    }

    /// Applies one JalonCore edit — the very value the CLI and the API apply — through
    /// `ProjectRepository.mutate`, based on the revision the form was shown with (its hidden `revision`):
    /// a page left open while the project changed elsewhere saves nothing and says so (compare-and-set).
    /// A refused input comes back as `FormErrors` naming its field (`field` maps the edit's field names to
    /// the form's input ids); an edit that would change nothing saves nothing and is no error.
    func apply<Edit: ProjectEdit>(_ edit: Edit, field: @escaping (String) -> String = { $0 }) async throws {
        guard let base = form["revision"].flatMap(Int.init) else {
            throw PageFailure(
                status: .badRequest,
                message: text(
                    fr: "Le formulaire ne dit pas de quelle version il part : rechargez la page.",
                    en: "The form does not say which revision it starts from: reload the page."))
        }
        let context = try await editContext()
        let repository = services.repository, id = id, author = author, language = language
        do {
            try await Blocking.run { _ = try repository.mutate(id, basedOn: base, author: author, in: context, edit) }
        } catch let failure as EditFailure where failure.kind == .unchanged {
            return
        } catch let failure as EditFailure {
            var errors = FormErrors(field(failure.field), failure.message(in: language))
            errors.candidates = failure.candidates
            throw errors
        } catch let error where Self.isConflict(error) {
            throw Self.conflict(language)
        }
    }

    /// A form based on a revision that is no longer the latest: nothing saved, and the page says why.
    static func conflict(_ language: Language) -> PageFailure {
        PageFailure(
            status: .conflict,
            message: language.pick(
                fr:
                    "Le projet a changé depuis l’affichage de cette page (dans un autre onglet ou par un autre accès) : rien n’a été enregistré. Rechargez la page et recommencez.",
                en: "The project changed since this page was shown (in another tab or elsewhere): nothing was saved. Reload the page and try again."))
    }

    private static func isConflict(_ error: any Error) -> Bool {
        switch error {
        case StoreError.conflict: true
        case RepositoryError.store(.conflict): true
        default: false
        }
    }
}
