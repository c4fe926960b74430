import ArgumentParser
import JalonCore
import JalonLocale

/// `jalon competences list ID [--json]`: the experiences, then the skills with their source and level.
struct CompetencesListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: L("Liste les expériences et les compétences.", "Lists experiences and skills."),
        discussion: L("Exemple : jalon competences list 5f0c… --json", "Example: jalon competences list 5f0c… --json"))

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: JSONOutputOptions
    @OptionGroup var project: ProjectIDArgument

    /// The stable `--json` shape.
    struct ListJSON: Encodable {
        struct ExperienceJSON: Encodable {
            let id: String
            let nature: String
            @NullEncoded var appellation: Int?
            @NullEncoded var libelle: String?
            @NullEncoded var annees: Double?
        }
        struct SkillJSON: Encodable {
            @NullEncoded var ogr: Int?
            @NullEncoded var libelle: String?
            let source: String
            @NullEncoded var experience: String?
            @NullEncoded var level: Int?
        }
        let experiences: [ExperienceJSON]
        let skills: [SkillJSON]
    }

    static func sourceToken(_ source: Competence.Source) -> String {
        switch source {
        case .experience: "experience"
        case .declaree: "declaree"
        case .suggeree: "suggeree"
        }
    }

    /// "3", not "3.0"; "1.5" stays.
    static func years(_ value: Double) -> String {
        value.rounded() == value ? String(Int(value)) : String(value)
    }

    func run() throws {
        let language = RunLanguage.current
        try reportingFailures {
            let competences = try global.repository().load(project.id).project.competences ?? Competences()
            let shape = ListJSON(
                experiences: competences.experiences.map {
                    .init(
                        id: $0.id.rawValue, nature: $0.nature.rawValue, appellation: $0.appellation?.code.rawValue,
                        libelle: $0.appellation?.libelle ?? $0.intitule, annees: $0.annees)
                },
                skills: competences.competences.map {
                    .init(
                        ogr: $0.item?.code.rawValue, libelle: $0.item?.libelle ?? $0.libelle, source: Self.sourceToken($0.source),
                        experience: $0.source.experience?.rawValue, level: $0.maitrise?.rawValue)
                })
            if output.json { return try JSONOutput.print(shape) }
            if shape.experiences.isEmpty && shape.skills.isEmpty {
                return print(language.pick(fr: "Aucune expérience ni compétence.", en: "No experience nor skill."))
            }
            for experience in shape.experiences {
                print(
                    "[\(experience.id)] \(experience.nature) — \(experience.libelle ?? "—")"
                        + (experience.annees.map(Self.years).map { language.pick(fr: " · \($0) an(s)", en: " · \($0) year(s)") } ?? ""))
            }
            for skill in shape.skills {
                let origin = skill.experience.map { "\(skill.source) \($0)" } ?? skill.source
                print(
                    "\(skill.ogr.map(String.init) ?? "—") \(skill.libelle ?? "") · \(origin) · "
                        + (skill.level.map { language.pick(fr: "niveau \($0)/4", en: "level \($0)/4") } ?? language.pick(fr: "non noté", en: "unrated")))
            }
        }
    }
}
