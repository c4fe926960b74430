import ArgumentParser
import JalonCore
import JalonStore

struct DiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: L("Montre ce qui a changé entre deux révisions, partie par partie.", "Shows what changed between two revisions, part by part."),
        discussion: L("Exemple : jalon diff 5f0c… 1 3", "Example: jalon diff 5f0c… 1 3"))

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: JSONOutputOptions
    @OptionGroup var project: ProjectIDArgument
    @Argument(help: ArgumentHelp(L("Révision de départ.", "From revision."), valueName: "A")) var from: Int
    @Argument(help: ArgumentHelp(L("Révision d’arrivée.", "To revision."), valueName: "B")) var to: Int

    struct Entry: Encodable {
        var section: String
        var kind: String
        var path: String
        var before: String?
        var after: String?
    }

    func run() throws {
        try reportingFailures {
            let diff = try global.repository().diff(project.id, from: from, to: to)
            if output.json {
                return try JSONOutput.print(
                    diff.sections.flatMap { section in
                        section.changes.map { Entry(section: section.name, kind: $0.kind.rawValue, path: $0.path, before: $0.before, after: $0.after) }
                    })
            }
            if diff.isEmpty { print(L("Aucune différence entre r\(from) et r\(to).", "No difference between r\(from) and r\(to).")) }
            print(DiffText(diff: diff).text, terminator: "")
        }
    }
}

/// The text form of a diff: one block per section, `+` added, `-` removed, `~` changed.
struct DiffText {
    let diff: RevisionDiff

    var text: String {
        var lines: [String] = []
        for section in diff.sections {
            lines.append("[\(section.name)]")
            for change in section.changes {
                switch change.kind {
                case .added: lines.append("  + \(change.path)\(change.after.map { " : \($0)" } ?? "")")
                case .removed: lines.append("  - \(change.path)\(change.before.map { " : \($0)" } ?? "")")
                case .changed: lines.append("  ~ \(change.path) : \(change.before ?? "∅") → \(change.after ?? "∅")")
                }
            }
        }
        return lines.map { $0 + "\n" }.joined()
    }
}
