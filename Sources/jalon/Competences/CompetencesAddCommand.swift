import ArgumentParser
import JalonCatalogue
import JalonCore
import JalonLocale

/// `jalon competences add ID OGR|"libellé" [--level 1..4]`: a skill the person declares, as a ROME item
/// (checked in the catalogue, its label copied) or in their own words when ROME has no fitting item.
struct CompetencesAddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: L("Ajoute une compétence : code OGR du catalogue ou libellé libre.", "Adds a skill: catalogue OGR code or free label."),
        discussion: L(
            "Exemple : jalon competences add 5f0c… 121476 --level 3 ; jalon competences add 5f0c… \"Langue des signes\"",
            "Example: jalon competences add 5f0c… 121476 --level 3; jalon competences add 5f0c… \"Sign language\""))

    @OptionGroup var global: GlobalOptions
    @OptionGroup var project: ProjectIDArgument
    @Argument(help: ArgumentHelp(L("Code OGR d’une compétence, ou libellé libre.", "OGR code of a competence, or free label."), valueName: "OGR|LIBELLE"))
    var skill: String
    @Option(
        help: ArgumentHelp(
            L("Maîtrise : 1 notions, 2 pratique, 3 autonomie, 4 expertise.", "Mastery: 1 notions, 2 practice, 3 autonomy, 4 expertise."), valueName: "1..4"))
    var level: String?

    func validate() throws {
        _ = try level.map(maitriseLevel)
        _ = try validating { try projectEdit.checkedLevel() }
    }

    var projectEdit: AddSkillEdit { get throws { AddSkillEdit(skill: skill, level: try level.map(maitriseLevel)) } }

    func run() throws {
        let language = RunLanguage.current
        try reportingFailures {
            let edit = try projectEdit
            let resources = try EditResources.load(catalogue: Int(skill.trimmingCharacters(in: .whitespacesAndNewlines)) != nil)
            let added = try applyEdit(global, project.id, resources: resources, edit).result.change
            let name = added.item.map { "\($0.code) \($0.libelle ?? "")" } ?? (added.libelle ?? "")
            print(language.pick(fr: "Compétence ajoutée : \(name).", en: "Skill added: \(name)."))
        }
    }
}
