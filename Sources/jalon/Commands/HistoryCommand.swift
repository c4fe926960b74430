import ArgumentParser
import Foundation
import JalonCore
import JalonStore

struct HistoryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "history",
        abstract: L("Liste les révisions d’un projet : qui, quand, pourquoi.", "Lists a project's revisions: who, when, why."),
        discussion: L("Exemple : jalon history 5f0c…", "Example: jalon history 5f0c…"))

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: JSONOutputOptions
    @OptionGroup var project: ProjectIDArgument

    struct Entry: Encodable {
        var number: Int
        var parent: Int?
        var restoredFrom: Int?
        var created: String
        var authorRole: String
        var authorName: String?
        var message: String
        var schemaVersion: String
        var fingerprint: String
    }

    func run() throws {
        try reportingFailures {
            let history = try global.openStore().store.history(of: project.id)
            if output.json {
                return try JSONOutput.print(
                    history.map {
                        Entry(
                            number: $0.number, parent: $0.parent, restoredFrom: $0.restoredFrom, created: $0.created.iso8601,
                            authorRole: $0.author.role.rawValue, authorName: $0.author.name, message: $0.message,
                            schemaVersion: $0.schemaVersion, fingerprint: $0.fingerprint)
                    })
            }
            for info in history {
                let role = RunLanguage.current == .fr ? info.author.role.frenchName : info.author.role.rawValue
                let author = info.author.name.map { "\(role) \($0)" } ?? role
                print("r\(info.number)  \(info.created)  \(author)  \(info.message)  [\(info.fingerprint.prefix(12))]")
            }
        }
    }
}
