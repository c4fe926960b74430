import ArgumentParser
import JalonCore
import JalonLocale

/// `jalon competences remove-experience ID xN`: takes an experience out (`RemoveExperienceEdit`): the skills
/// it confirmed stay as declared, the suggestions it alone made leave.
struct CompetencesRemoveExperienceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "remove-experience",
        abstract: L(
            "Retire une expérience (ses compétences confirmées restent, déclarées).",
            "Removes an experience (its confirmed skills stay, as declared)."),
        discussion: L("Exemple : jalon competences remove-experience 5f0c… x1", "Example: jalon competences remove-experience 5f0c… x1"))

    @OptionGroup var global: GlobalOptions
    @OptionGroup var project: ProjectIDArgument
    @Argument(help: ArgumentHelp(L("Identifiant de l’expérience (x1…).", "Experience id (x1…)."), valueName: "xN"))
    var experience: String

    func run() throws {
        let language = RunLanguage.current
        try reportingFailures {
            try applyEdit(global, project.id, RemoveExperienceEdit(experience: experience))
            print(language.pick(fr: "Expérience \(experience) retirée.", en: "Experience \(experience) removed."))
        }
    }
}
