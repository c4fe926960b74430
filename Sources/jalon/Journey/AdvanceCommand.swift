import ArgumentParser
import JalonCore
import JalonLocale

/// `jalon advance ID`: finishes the current step and opens the next one, only when `Readiness` allows
/// it; otherwise says what is missing and changes nothing.
struct AdvanceCommand: ProjectEditCommand {
    static let configuration = CommandConfiguration(
        commandName: "advance",
        abstract: L("Termine l’étape courante et passe à la suivante, si elle est complète.",
                    "Finishes the current step and moves to the next one, if it is complete."),
        discussion: L("Exemple : jalon advance 5f0c…", "Example: jalon advance 5f0c…"))

    @OptionGroup var global: GlobalOptions
    @OptionGroup var project: ProjectIDArgument

    /// Finishes the current step and opens the next, only when `Readiness` allows it.
    func edit(_ project: inout Project, language: Language) throws -> String {
        let readiness = Readiness(project)
        let current = readiness.current
        guard !(current == .synthese && project.progression[current] == .terminee) else {
            throw CommandFailure(message: language.pick(fr: "le parcours est déjà terminé (7. Synthèse)", en: "the journey is already finished (7. Summary)"),
                                 exitCode: JalonExitCode.invalidData)
        }
        guard readiness.mayAdvance else {
            let needs = StatusJSON.needs(readiness, language).map { "\n  ✗ " + $0 }.joined()
            throw CommandFailure(message: language.pick(fr: "impossible de quitter l’étape \(current.number). \(current.title(in: language)), il manque :",
                                                        en: "cannot leave step \(current.number). \(current.title(in: language)), missing:") + needs,
                                 exitCode: JalonExitCode.invalidData)
        }
        project.progression[current] = .terminee
        // At the synthèse, advancing finishes the journey: the step is marked done and stays current.
        guard let next = Step.allCases.first(where: { $0 > current }) else {
            return language.pick(fr: "Étape 7. Synthèse terminée : le parcours est complet", en: "Step 7. Summary finished: the journey is complete")
        }
        project.progression.current = next
        // A step already finished (or à revoir) keeps its state: it is revisited, not restarted.
        if project.progression[next] == .nonCommencee { project.progression[next] = .enCours }
        return language.pick(fr: "Étape \(current.number). \(current.title(in: language)) terminée ; étape \(next.number). \(next.title(in: language))",
                             en: "Step \(current.number). \(current.title(in: language)) finished; step \(next.number). \(next.title(in: language))")
    }

    func run() throws {
        let language = RunLanguage.current
        try reportingFailures {
            let saved = try mutateProject(global, project.id) { try edit(&$0, language: language) }
            let next = saved.progression.current
            if saved.progression[next] == .terminee {
                return print(language.pick(fr: "Parcours terminé : jalon export \(saved.id) pour le dossier.",
                                           en: "Journey finished: jalon export \(saved.id) for the dossier."))
            }
            print(language.pick(fr: "Étape courante : \(next.number). \(next.title(in: language))",
                                en: "Current step: \(next.number). \(next.title(in: language))"))
        }
    }
}
