import ArgumentParser
import JalonCatalog
import JalonCore
import JalonLocale

/// `jalon skills add ID OGR|"libellé" [--level 1..4]`: a skill the person declares, as a ROME item
/// (checked in the catalogue, its label copied) or in their own words when ROME has no fitting item.
struct SkillsAddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: L("Ajoute une compétence : code OGR du catalogue ou libellé libre.", "Adds a skill: catalogue OGR code or free label."),
        discussion: L("Exemple : jalon skills add 5f0c… 121476 --level 3 ; jalon skills add 5f0c… \"Langue des signes\"",
                      "Example: jalon skills add 5f0c… 121476 --level 3; jalon skills add 5f0c… \"Sign language\""))

    @OptionGroup var global: GlobalOptions
    @OptionGroup var project: ProjectIDArgument
    @Argument(help: ArgumentHelp(L("Code OGR d’une compétence, ou libellé libre.", "OGR code of a competence, or free label."), valueName: "OGR|LIBELLE"))
    var skill: String
    @Option(help: ArgumentHelp(L("Maîtrise : 1 notions, 2 pratique, 3 autonomie, 4 expertise.", "Mastery: 1 notions, 2 practice, 3 autonomy, 4 expertise."), valueName: "1..4"))
    var level: String?

    func validate() throws {
        _ = try level.map(maitrise)
        guard !skill.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            throw ValidationError(L("la compétence ne peut pas être vide", "the skill cannot be empty"))
        }
    }

    /// The skill to add: a number must be a catalogue item (a mistyped code is not a label).
    func competence() throws -> Competence {
        let text = skill.trimmingCharacters(in: .whitespacesAndNewlines)
        let level = try level.map(maitrise)
        if Int(text) != nil {
            let rome = try catalogueCompetence(text, in: Catalogue.bundled())
            return Competence(item: RomeItemRef(code: rome.ogr, libelle: rome.label), source: .declaree, maitrise: level)!
        }
        return Competence(libelle: text, source: .declaree, maitrise: level)!
    }

    func run() throws {
        let language = RunLanguage.current
        try reportingFailures {
            let added = try competence()
            let name = added.item.map { "\($0.code) \($0.libelle ?? "")" } ?? (added.libelle ?? "")
            try mutateProject(global, project.id) { project in
                var competences = project.competences ?? Competences()
                let already = competences.competences.contains {
                    added.item != nil ? $0.item?.code == added.item?.code : $0.item == nil && $0.libelle == added.libelle
                }
                guard !already else {
                    throw CommandFailure(message: language.pick(fr: "« \(name) » est déjà dans vos compétences : rien n’est enregistré",
                                                                en: "'\(name)' is already among your skills: nothing saved"),
                                         exitCode: JalonExitCode.invalidData)
                }
                competences.competences.append(added)
                project.competences = competences
                // Suggestions weigh acquired skills: later finished steps go à revoir.
                project.recordChange(of: .competences)
                return language.pick(fr: "Compétence ajoutée : \(name)", en: "Skill added: \(name)")
            }
            print(language.pick(fr: "Compétence ajoutée : \(name).", en: "Skill added: \(name)."))
        }
    }
}
