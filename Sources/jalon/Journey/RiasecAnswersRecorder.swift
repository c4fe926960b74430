import JalonCore
import JalonLocale
import JalonStore

/// The one way answers to the bundled RIASEC questionnaire are saved, with `--answers` or one key at a
/// time: they add to (or replace) those already saved, in questionnaire order, and the revision that
/// completes the questionnaire also holds the profile and its Holland code.
struct RiasecAnswersRecorder {
    let global: GlobalOptions
    let project: ProjectID
    let questionnaire: Questionnaire

    /// The answers `project` holds for this questionnaire (`Questionnaire.answers(in:)`).
    func saved(in project: Project) -> RiasecAnswers { questionnaire.answers(in: project) }

    /// One revision with `edit`'s answers recorded (`AnswerQuestionnaireEdit`); refused (exit 1, nothing
    /// saved) when they change nothing.
    /// `message` replaces the edit's own (one key at a time says which answer).
    @discardableResult
    func record(_ edit: AnswerQuestionnaireEdit, message: String? = nil) throws -> Project {
        let context = EditResources(questionnaire: questionnaire).context(RunLanguage.current)
        return try global.repository().mutate(project, author: .person) { project in
            let result = try edit.apply(to: &project, in: context)
            return (message ?? result.message, ())
        }.project
    }

    /// What is printed once answers are saved: how many, and the profile once complete.
    func summary(of project: Project) -> String {
        let count = saved(in: project).reponses.count
        var lines = [
            L(
                "Réponses enregistrées : \(count) sur \(questionnaire.items.count).",
                "Answers recorded: \(count) of \(questionnaire.items.count).")
        ]
        if count == questionnaire.items.count, let profil = project.interets?.profil {
            lines.append(L("Profil RIASEC : \(profil.code)", "RIASEC profile: \(profil.code)"))
        }
        return lines.joined(separator: "\n")
    }
}
