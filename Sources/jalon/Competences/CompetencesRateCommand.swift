import ArgumentParser
import JalonCore
import JalonLocale

/// `jalon competences rate ID OGR LEVEL`: how well the person masters a skill. Rating a suggestion confirms
/// it: the person has judged it theirs.
struct CompetencesRateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rate",
        abstract: L("Donne le niveau de maîtrise (1 à 4) d’une compétence.", "Sets the mastery level (1 to 4) of a skill."),
        discussion: L("Exemple : jalon competences rate 5f0c… 121476 3", "Example: jalon competences rate 5f0c… 121476 3"))

    @OptionGroup var global: GlobalOptions
    @OptionGroup var project: ProjectIDArgument
    @Argument(help: ArgumentHelp(L("Code OGR de la compétence.", "OGR code of the skill."), valueName: "OGR"))
    var ogr: String
    @Argument(help: ArgumentHelp(L("1 notions, 2 pratique, 3 autonomie, 4 expertise.", "1 notions, 2 practice, 3 autonomy, 4 expertise."), valueName: "LEVEL"))
    var level: String

    func validate() throws {
        _ = try maitriseLevel(level)
        _ = try validating { try RateSkillEdit(ogr: ogr, level: Int(level)!).checked() }
    }

    func run() throws {
        let language = RunLanguage.current
        let edit = RateSkillEdit(ogr: ogr, level: try maitriseLevel(level))
        let (code, level) = try validating { try edit.checked() }
        try reportingFailures {
            try applyEdit(global, project.id, edit)
            print(language.pick(fr: "Compétence \(code) : niveau \(level)/4.", en: "Skill \(code): level \(level)/4."))
        }
    }
}
