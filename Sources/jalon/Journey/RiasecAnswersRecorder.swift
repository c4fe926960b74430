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

    /// The answers `project` holds for this questionnaire; answers to another one (or another version)
    /// cannot be scored with this key and do not count.
    func saved(in project: Project) -> RiasecAnswers {
        project.interets?.riasec.flatMap { $0.questionnaire == questionnaire.id ? $0 : nil } ?? RiasecAnswers(questionnaire: questionnaire.id)
    }

    /// One revision with `given` recorded; refused (exit 1, nothing saved) when they change nothing.
    @discardableResult
    func record(_ given: [RiasecAnswer], message: String) throws -> Project {
        try mutateProject(global, project) { project in
            try apply(given, to: &project)
            return message
        }
    }

    /// `given` added to (or replacing) the answers `project` holds, and the profile once all are there.
    func apply(_ given: [RiasecAnswer], to project: inout Project) throws {
        var interets = project.interets ?? Interets()
        var riasec = saved(in: project)
        for answer in given {
            riasec.reponses.removeAll { $0.question == answer.question }
            riasec.reponses.append(answer)
        }
        // Questionnaire order, so the saved document reads like the questionnaire.
        let order = Dictionary(uniqueKeysWithValues: questionnaire.items.enumerated().map { ($1.id, $0) })
        riasec.reponses.sort { order[$0.question, default: .max] < order[$1.question, default: .max] }
        guard riasec != interets.riasec else {
            throw CommandFailure(message: L("ces réponses sont déjà enregistrées : rien n’est enregistré",
                                            "these answers are already recorded: nothing saved"),
                                 exitCode: JalonExitCode.invalidData)
        }
        interets.riasec = riasec
        if riasec.reponses.count == questionnaire.items.count {
            interets.profil = try questionnaire.profile(for: riasec).riasecProfile(computed: .now())
        }
        project.interets = interets
        project.recordChange(of: .interets)
    }

    /// What is printed once answers are saved: how many, and the profile once complete.
    func summary(of project: Project) -> String {
        let count = saved(in: project).reponses.count
        var lines = [L("Réponses enregistrées : \(count) sur \(questionnaire.items.count).",
                       "Answers recorded: \(count) of \(questionnaire.items.count).")]
        if count == questionnaire.items.count, let profil = project.interets?.profil {
            lines.append(L("Profil RIASEC : \(profil.code)", "RIASEC profile: \(profil.code)"))
        }
        return lines.joined(separator: "\n")
    }
}
