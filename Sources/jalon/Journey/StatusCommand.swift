import ArgumentParser
import JalonCore
import JalonLocale

/// `jalon status ID`: the seven steps at a glance, what the current step still needs and the next
/// command to run. `readiness` is the detailed view; this is the one to read first.
struct StatusCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: L(
            "Les 7 étapes, l’étape courante, ce qu’il lui manque et la prochaine commande.",
            "The 7 steps, the current step, what it lacks and the next command."),
        discussion: L("Exemple : jalon status 5f0c… --json", "Example: jalon status 5f0c… --json"))

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: JSONOutputOptions
    @OptionGroup var project: ProjectIDArgument

    func run() throws {
        let language = RunLanguage.current
        try reportingFailures {
            let project = try global.repository().load(project.id).project
            let status = StatusJSON(project: project, language: language)
            if output.json { try JSONOutput.print(status) } else { print(status.text(language, style: .standardOutput)) }
        }
    }
}

/// The stable `--json` shape of `jalon status`; the text view is drawn from the same values so the
/// two never disagree.
struct StatusJSON: Encodable {
    struct StepJSON: Encodable {
        let step: String
        let number: Int
        let title: String
        let state: String
        let stateLabel: String
        let current: Bool
    }
    struct NextJSON: Encodable {
        let command: String
        let why: String
    }
    let project: String
    @NullEncoded var name: String?
    let current: String
    let mayAdvance: Bool
    let steps: [StepJSON]
    /// What the steps up to the current one still lack (advancing needs them all complete).
    let needs: [String]
    let next: NextJSON

    init(project: Project, language: Language) {
        let readiness = Readiness(project)
        self.project = project.id.rawValue
        name = project.displayName
        current = readiness.current.rawValue
        mayAdvance = readiness.mayAdvance
        steps = readiness.steps.map {
            StepJSON(
                step: $0.step.rawValue, number: $0.step.number, title: $0.step.title(in: language), state: $0.state.rawValue,
                stateLabel: $0.state.label(in: language), current: $0.step == readiness.current)
        }
        needs = readiness.needs(in: language)
        let next = NextStep(project: project, readiness: readiness, language: language)
        self.next = NextJSON(command: next.command, why: next.why)
    }

    /// The text view; `style` colours the step states (only on a terminal, see `TerminalStyle`).
    func text(_ language: Language, style: TerminalStyle = .plain) -> String {
        var lines = ["\(language.pick(fr: "Projet", en: "Project")) \(project) — \(name ?? language.pick(fr: "sans nom", en: "no name"))", ""]
        lines += steps.map { step in
            let state = StepState(rawValue: step.state).map { style.paint(step.stateLabel, state: $0) } ?? step.stateLabel
            return "\(step.current ? "▶" : " ") \(step.number). \(step.title) — \(state)"
        }
        lines.append("")
        if needs.isEmpty {
            lines.append(language.pick(fr: "Rien ne manque jusqu’à l’étape courante.", en: "Nothing is missing up to the current step."))
        } else {
            lines.append(language.pick(fr: "Ce qu’il manque :", en: "What is missing:"))
            lines += needs.map { "  ✗ " + $0 }
        }
        lines.append("")
        lines.append(language.pick(fr: "Prochaine action (\(next.why)) :", en: "Next (\(next.why)):"))
        lines.append("  " + next.command)
        return lines.joined(separator: "\n")
    }
}
