import ArgumentParser
import JalonCore
import JalonLocale

/// `jalon readiness ID`: for each step, what is complete, what is missing, what is à revoir, and
/// whether the person may go on from the current step.
struct ReadinessCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "readiness",
        abstract: L(
            "Où en est chaque étape : ce qui est fait, ce qui manque, ce qui est à revoir.",
            "Where each step stands: what is done, what is missing, what is to review."),
        discussion: L("Exemple : jalon readiness 5f0c… --json", "Example: jalon readiness 5f0c… --json"))

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: JSONOutputOptions
    @OptionGroup var project: ProjectIDArgument

    func run() throws {
        let language = RunLanguage.current
        try reportingFailures {
            let loaded = try global.repository().load(project.id)
            let readiness = Readiness(loaded.project)
            if output.json {
                try JSONOutput.print(ReadinessJSON(project: loaded.project, readiness: readiness, language: language))
            } else {
                print(Self.text(loaded.project, readiness, language))
            }
        }
    }

    static func text(_ project: Project, _ readiness: Readiness, _ language: Language) -> String {
        let current = readiness.current
        var lines = [
            "\(language.pick(fr: "Projet", en: "Project")) \(project.id) — \(project.displayName ?? language.pick(fr: "sans nom", en: "no name"))",
            language.pick(
                fr:
                    "Étape courante : \(current.number). \(current.title(in: language)) — \(readiness.mayAdvance ? "peut passer à la suite" : "ne peut pas encore passer à la suite")",
                en: "Current step: \(current.number). \(current.title(in: language)) — \(readiness.mayAdvance ? "may move on" : "cannot move on yet")")
        ]
        for step in readiness.steps {
            let verdict = step.isComplete ? language.pick(fr: "complète", en: "complete") : language.pick(fr: "incomplète", en: "incomplete")
            let marker = step.step == current ? "▶" : " "
            lines.append("")
            lines.append("\(marker) \(step.step.number). \(step.step.title(in: language)) — \(step.state.label(in: language)) — \(verdict)")
            lines += step.complete.map { "    ✓ " + $0.message(in: language, step: step.step) }
            lines += step.missing.map { "    ✗ " + $0.message(in: language, step: step.step) }
            lines += step.remarks.map { "    ! " + $0.message(in: language, step: step.step) }
        }
        return lines.joined(separator: "\n")
    }
}
