import ArgumentParser
import JalonCore
import JalonLocale

/// `jalon advance ID`: finishes the current step and opens the next one, only when `Readiness` allows
/// it; otherwise says what is missing and changes nothing.
struct AdvanceCommand: ProjectEditCommand {
    static let configuration = CommandConfiguration(
        commandName: "advance",
        abstract: L(
            "Termine l’étape courante et passe à la suivante, si elle est complète.",
            "Finishes the current step and moves to the next one, if it is complete."),
        discussion: L("Exemple : jalon advance 5f0c…", "Example: jalon advance 5f0c…"))

    @OptionGroup var global: GlobalOptions
    @OptionGroup var project: ProjectIDArgument

    /// The journey’s rule (`Project.advance`, shared with the server); a refusal names what is missing.
    var projectEdit: AdvanceEdit { AdvanceEdit() }

    func run() throws {
        let language = RunLanguage.current
        try reportingFailures {
            let saved = try applyEdit(global, project.id, projectEdit).project
            let next = saved.progression.current
            if saved.progression[next] == .terminee {
                return print(
                    language.pick(
                        fr: "Parcours terminé : jalon export \(saved.id) --format html -o dossier.html pour le dossier.",
                        en: "Journey finished: jalon export \(saved.id) --format html -o dossier.html for the dossier."))
            }
            print(
                language.pick(
                    fr: "Étape courante : \(next.number). \(next.title(in: language))",
                    en: "Current step: \(next.number). \(next.title(in: language))"))
        }
    }
}
