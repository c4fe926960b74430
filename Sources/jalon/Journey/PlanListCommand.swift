import ArgumentParser
import JalonCore
import JalonLocale

/// `jalon plan list ID`: the actions in plan order, numbered as `plan done` takes them.
struct PlanListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: L("Liste les actions du plan.", "Lists the plan's actions."),
        discussion: L("Exemple : jalon plan list 5f0c…", "Example: jalon plan list 5f0c…"))

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: JSONOutputOptions
    @OptionGroup var project: ProjectIDArgument

    /// The stable `--json` shape: one object per action, in plan order.
    struct ActionJSON: Encodable {
        let number: Int
        let id: String
        let kind: String
        let status: String
        let text: String
        @NullEncoded var date: String?
        @NullEncoded var fiche: String?
    }

    func run() throws {
        let language = RunLanguage.current
        try reportingFailures {
            let plan = try global.repository().load(project.id).project.plan
            let actions = plan.enumerated().map { index, action in
                ActionJSON(
                    number: index + 1, id: action.id.rawValue, kind: action.kind.rawValue, status: action.status.rawValue,
                    text: action.intitule, date: action.date?.iso8601, fiche: action.fiche?.rawValue)
            }
            if output.json { return try JSONOutput.print(actions) }
            guard !actions.isEmpty else {
                return print(language.pick(fr: "Aucune action dans le plan.", en: "No action in the plan."))
            }
            for action in actions {
                let mark = action.status == PlanAction.Status.faite.rawValue ? "✓" : " "
                print(
                    "\(mark) \(action.number). [\(action.id)] \(action.date ?? "—") \(action.kind) — \(action.text)" + (action.fiche.map { " (\($0))" } ?? "")
                        + " · \(action.status)")
            }
        }
    }
}
