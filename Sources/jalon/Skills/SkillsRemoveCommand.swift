import ArgumentParser
import JalonCore
import JalonLocale

/// `jalon skills remove ID OGR`: takes a skill out of the portfolio (earlier revisions keep it).
struct SkillsRemoveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "remove",
        abstract: L("Retire une compétence.", "Removes a skill."),
        discussion: L("Exemple : jalon skills remove 5f0c… 121476", "Example: jalon skills remove 5f0c… 121476"))

    @OptionGroup var global: GlobalOptions
    @OptionGroup var project: ProjectIDArgument
    @Argument(help: ArgumentHelp(L("Code OGR de la compétence.", "OGR code of the skill."), valueName: "OGR"))
    var ogr: String

    func validate() throws {
        guard OgrCode(ogr) != nil else {
            throw ValidationError(L("« \(ogr) » n’est pas un code OGR", "'\(ogr)' is not an OGR code"))
        }
    }

    func run() throws {
        let language = RunLanguage.current
        let code = OgrCode(ogr)!
        try reportingFailures {
            try mutateProject(global, project.id) { project in
                var competences = project.competences ?? Competences()
                competences.competences.remove(at: try competences.index(of: code))
                project.competences = competences
                project.recordChange(of: .competences)
                return language.pick(fr: "Compétence \(code) retirée", en: "Skill \(code) removed")
            }
            print(language.pick(fr: "Compétence \(code) retirée.", en: "Skill \(code) removed."))
        }
    }
}
