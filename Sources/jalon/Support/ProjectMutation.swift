import ArgumentParser
import JalonCatalogue
import JalonCore
import JalonLocale
import JalonStore

/// What an edit may need, loaded once for the process: the catalogue (mapped, read on use) and the
/// questionnaire, only when the edit asks for them.
struct EditResources {
    var catalogue: Catalogue?
    var questionnaire: Questionnaire?

    static func load(catalogue: Bool = false, questionnaire: Bool = false) throws -> EditResources {
        EditResources(
            catalogue: catalogue ? try Catalogue.bundled() : nil,
            questionnaire: questionnaire ? try QuestionnaireLoader.bundledRiasec() : nil)
    }

    func context(_ language: Language) -> EditContext {
        EditContext(language: language, catalogue: catalogue, questionnaire: questionnaire)
    }
}

/// One JalonCore edit, applied and saved as one revision through `ProjectRepository.mutate`: the one
/// way a command changes a project (a concurrent save is a conflict, exit 75; a refused edit saves nothing).
@discardableResult
func applyEdit<Edit: ProjectEdit>(
    _ global: GlobalOptions, _ id: ProjectID, author: RevisionAuthor = .person,
    resources: EditResources = EditResources(), _ edit: Edit
) throws -> ProjectRepository.Mutation<EditResult<Edit.Change>> {
    try global.repository().mutate(id, author: author, in: resources.context(RunLanguage.current), edit)
}

/// An edit's own checks run in `validate()`: its failure is a usage error (exit 64) with its sentence.
func validating<T>(_ body: () throws -> T) throws -> T {
    do { return try body() } catch let failure as EditFailure {
        throw ValidationError(failure.message(in: RunLanguage.current))
    }
}

/// Today, as a plan day: dates in the past are refused against it.
func today() -> Day { Timestamp.now().day }
