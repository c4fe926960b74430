import ArgumentParser
import JalonCore
import JalonLocale

/// `jalon competences remove ID OGR`: takes a skill out of the portfolio (earlier revisions keep it).
struct CompetencesRemoveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "remove",
        abstract: L("Retire une compétence.", "Removes a skill."),
        discussion: L("Exemple : jalon competences remove 5f0c… 121476", "Example: jalon competences remove 5f0c… 121476"))

    @OptionGroup var global: GlobalOptions
    @OptionGroup var project: ProjectIDArgument
    @Argument(help: ArgumentHelp(L("Code OGR de la compétence.", "OGR code of the skill."), valueName: "OGR"))
    var ogr: String

    func validate() throws { _ = try validating { try RemoveSkillEdit(ogr: ogr).checked() } }

    func run() throws {
        let language = RunLanguage.current
        let code = try validating { try RemoveSkillEdit(ogr: ogr).checked() }
        try reportingFailures {
            try applyEdit(global, project.id, RemoveSkillEdit(ogr: ogr))
            print(language.pick(fr: "Compétence \(code) retirée.", en: "Skill \(code) removed."))
        }
    }
}
