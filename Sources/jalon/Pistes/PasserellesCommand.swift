import ArgumentParser
import JalonCore
import JalonDossier

/// `jalon passerelles ID [--from OGR|CODE]`: the métiers near the person's past or current jobs.
struct PasserellesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "passerelles",
        abstract: L(
            "Les métiers proches d’un emploi exercé : mobilités ROME et cœur de métier partagé.",
            "The jobs near a job one has done: ROME mobilities and shared core skills."),
        discussion: L(
            "Sans --from, part de chaque expérience du projet liée à une appellation ROME. Exemples : jalon passerelles 5f0c… · jalon passerelles 5f0c… --from 16477 · --from I1310",
            "Without --from, starts from each experience of the project linked to a ROME appellation. Examples: jalon passerelles 5f0c… · --from 16477 · --from I1310"
        ))

    @OptionGroup var options: MatchingOptions
    @OptionGroup var output: JSONOutputOptions
    @OptionGroup var project: ProjectIDArgument
    @Option(
        name: .long,
        help: ArgumentHelp(
            L(
                "Point de départ : appellation ROME (code OGR) ou fiche (code ROME).",
                "Starting point: ROME appellation (OGR code) or fiche (ROME code)."), valueName: "OGR|CODE"))
    var from: String?
    @Option(
        name: .long,
        help: ArgumentHelp(L("Passerelles par point de départ (10 par défaut).", "Passerelles per starting point (10 by default)."), valueName: "N"))
    var limit = 10

    func run() throws {
        try reportingFailures {
            guard (1...1584).contains(limit) else { throw CommandFailure(MatchingFailure.invalidLimit(limit)) }
            let context = try options.load(project.id)
            let index = context.index
            let starts: [PasserelleStart]
            do throws(PasserelleStartFailure) { starts = try index.passerelleStarts(from: from, person: context.person) } catch {
                switch error {
                case .unknownSource(let text): throw CommandFailure(MatchingFailure.unknownSource(text))
                case .noExperience: throw CommandFailure(MatchingFailure.noExperience)
                }
            }
            let sources = starts.map { start in
                (start: start, passerelles: index.passerelles(from: start.fiche, limit: limit, excluding: context.person.ecartees))
            }
            if output.json {
                return try JSONOutput.print(PasserellesJSON(project: project.id, sources: sources, index: index, language: RunLanguage.current))
            }
            var lines: [String] = []
            for (start, found) in sources {
                let label = index.labels[index.row(of: start.fiche)!]
                lines.append(
                    L("Depuis \(start.fiche) \(label)", "From \(start.fiche) \(label)")
                        + (start.appellation.map { L(" (appellation \($0))", " (appellation \($0))") } ?? ""))
                if found.isEmpty { lines.append(L("  aucune passerelle", "  no passerelle")) }
                for passerelle in found {
                    lines.append("  \(passerelle.code)  \(MatchingText.percent(passerelle.proximity).leftPadded(3)) %  \(passerelle.label)")
                    lines.append("        " + passerelle.reasons(in: RunLanguage.current).joined(separator: " · "))
                }
            }
            print(lines.joined(separator: "\n"))
        }
    }
}
