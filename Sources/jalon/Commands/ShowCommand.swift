import ArgumentParser
import JalonCore
import JalonStore

struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: L("Affiche un projet : étapes, état et contenu de chaque partie.", "Shows a project: steps, state and content of each part."),
        discussion: L("Exemple : jalon show 5f0c…  --revision 3", "Example: jalon show 5f0c… --revision 3"))

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: JSONOutputOptions
    @OptionGroup var project: ProjectIDArgument
    @Option(name: .long, help: ArgumentHelp(L("Révision à afficher (sinon la dernière).", "Revision to show (else the latest)."), valueName: "N"))
    var revision: Int?

    func run() throws {
        try reportingFailures {
            let loaded = try global.repository().load(project.id, revision: revision)
            if output.json { return try JSONOutput.print(ProjectSummary(loaded)) }
            print(ProjectOverview(loaded: loaded).text)
        }
    }
}

/// The text of `show`: who, where in the journey, and what each part holds.
struct ProjectOverview {
    let loaded: ProjectRepository.Loaded

    var text: String {
        let project = loaded.project
        var lines = [
            "\(L("Projet", "Project")) \(project.id) — \(project.displayName ?? L("sans nom", "no name"))",
            "\(L("Révision", "Revision")) \(loaded.revision.number), \(L("mise à jour", "updated")) \(project.metadata.updated)",
            ""
        ]
        for step in Step.allCases {
            let marker = step == project.progression.current ? "▶" : " "
            let state = project.progression[step]
            let title = step.title(in: RunLanguage.current).padding(toLength: 14, withPad: " ", startingAt: 0)
            lines.append("\(marker) \(step.number). \(title) \(state.label(in: RunLanguage.current))\(contentLine(step))")
        }
        if !project.notes.isEmpty {
            lines.append("")
            lines.append(L("Notes du conseiller : \(project.notes.count)", "Counsellor notes: \(project.notes.count)"))
        }
        return lines.joined(separator: "\n")
    }

    private func contentLine(_ step: Step) -> String {
        let project = loaded.project
        let count: Int?
        count =
            switch step {
            case .profil: nil
            case .interets: project.interets.map { $0.centres.count }
            case .competences: project.competences.map { $0.experiences.count + $0.competences.count }
            case .pistes: project.pistes.map { $0.retenues.count }
            case .formations: project.formations.count
            case .plan: project.plan.count
            case .synthese: nil
            }
        guard let count, count > 0 else { return "" }
        return " — \(count) \(L("élément(s)", "item(s)"))"
    }
}
