import ArgumentParser
import JalonCore

/// `jalon metiers suggest ID [--limit N]`: the ranked métiers, each with its total and a one-line reason.
struct MetiersSuggestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "suggest",
        abstract: L("Classe les 1 584 métiers ROME pour ce projet, avec une raison pour chacun.",
                    "Ranks the 1,584 ROME jobs for this project, with a reason for each."),
        discussion: L("Lecture seule : le projet n’est pas modifié. Formules : article DocC « Matching ». Exemple : jalon metiers suggest 5f0c… --limit 20",
                      "Read-only: the project is not changed. Formulas: DocC article “Matching”. Example: jalon metiers suggest 5f0c… --limit 20"))

    @OptionGroup var options: MatchingOptions
    @OptionGroup var output: JSONOutputOptions
    @OptionGroup var project: ProjectIDArgument
    @Option(name: .long, help: ArgumentHelp(L("Nombre de métiers à afficher (10 par défaut).", "Number of jobs to show (10 by default)."), valueName: "N"))
    var limit = 10

    func run() throws {
        try reportingFailures {
            guard (1...1584).contains(limit) else { throw CommandFailure(MatchingFailure.invalidLimit(limit)) }
            let context = try options.load(project.id)
            let ranking = context.ranking
            let matches = ranking.top(limit)
            let excluded = context.person.ecartees.filter { context.index.row(of: $0) != nil }.sorted()
            if output.json {
                return try JSONOutput.print(SuggestionsJSON(
                    project: project.id.description, ranked: context.index.ficheCount - excluded.count, excluded: excluded.map(\.rawValue),
                    suggestions: matches.map(SuggestionJSON.init)))
            }
            let name = context.project.displayName ?? L("sans nom", "no name")
            var lines = [L("Métiers pour \(name) — \(context.index.ficheCount - excluded.count) classés", "Jobs for \(name) — \(context.index.ficheCount - excluded.count) ranked")
                         + (excluded.isEmpty ? "" : L(" (écartés : \(excluded.map(\.rawValue).joined(separator: ", ")))",
                                                      " (set aside: \(excluded.map(\.rawValue).joined(separator: ", ")))"))]
            for match in matches {
                lines.append(String(format: "%3d. ", match.rank) + "\(match.code)  \(MatchingText.points(match.score.total).leftPadded(5))  \(match.label)")
                lines.append("       " + L("pourquoi : ", "why: ") + MatchingText.pourquoi(match))
            }
            lines.append(L("Détail d’un métier : jalon metiers explain \(project.id) CODE", "Details of a job: jalon metiers explain \(project.id) CODE"))
            print(lines.joined(separator: "\n"))
        }
    }
}

extension String {
    func leftPadded(_ width: Int) -> String { count >= width ? self : String(repeating: " ", count: width - count) + self }
}
