import ArgumentParser
import JalonCore
import JalonLocale

/// `jalon skills rate ID OGR LEVEL`: how well the person masters a skill. Rating a suggestion confirms
/// it: the person has judged it theirs.
struct SkillsRateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rate",
        abstract: L("Donne le niveau de maîtrise (1 à 4) d’une compétence.", "Sets the mastery level (1 to 4) of a skill."),
        discussion: L("Exemple : jalon skills rate 5f0c… 121476 3", "Example: jalon skills rate 5f0c… 121476 3"))

    @OptionGroup var global: GlobalOptions
    @OptionGroup var project: ProjectIDArgument
    @Argument(help: ArgumentHelp(L("Code OGR de la compétence.", "OGR code of the skill."), valueName: "OGR"))
    var ogr: String
    @Argument(help: ArgumentHelp(L("1 notions, 2 pratique, 3 autonomie, 4 expertise.", "1 notions, 2 practice, 3 autonomy, 4 expertise."), valueName: "LEVEL"))
    var level: String

    func validate() throws {
        _ = try maitrise(level)
        guard OgrCode(ogr) != nil else {
            throw ValidationError(L("« \(ogr) » n’est pas un code OGR", "'\(ogr)' is not an OGR code"))
        }
    }

    func run() throws {
        let language = RunLanguage.current
        let level = try maitrise(level)
        let code = OgrCode(ogr)!
        try reportingFailures {
            try mutateProject(global, project.id) { project in
                var competences = project.competences ?? Competences()
                let index = try competences.index(of: code)
                var skill = competences.competences[index]
                guard skill.maitrise != level || { if case .suggeree = skill.source { true } else { false } }() else {
                    throw CommandFailure(message: language.pick(fr: "la compétence \(code) a déjà le niveau \(level) : rien n’est enregistré",
                                                                en: "skill \(code) already has level \(level): nothing saved"),
                                         exitCode: JalonExitCode.invalidData)
                }
                skill.maitrise = level
                if case .suggeree(let experience) = skill.source { skill.source = experience.map { .experience($0) } ?? .declaree }
                competences.competences[index] = skill
                project.competences = competences
                project.recordChange(of: .competences)
                return language.pick(fr: "Compétence \(code) : niveau \(level)", en: "Skill \(code): level \(level)")
            }
            print(language.pick(fr: "Compétence \(code) : niveau \(level)/4.", en: "Skill \(code): level \(level)/4."))
        }
    }
}
