import Foundation
import Testing

/// What every command owes a person, checked through the binary: an example in each `--help`, in
/// both languages; shell completions generated from the command tree; colours only on a terminal.
@Suite("jalon: help examples, completions and colours")
struct CommandConventionsTests: ProjectCommandSuite {
    let folder = ScratchFolder()

    /// Every leaf command's path ("metiers suggest"), read from ArgumentParser's own dump of the tree.
    private func leafCommands() throws -> [[String]] {
        let dump = try jalon.run(arguments: ["--experimental-dump-help"], withStore: false)
        #expect(dump.status == 0, "\(dump.stderr)")
        let root = try #require(try json(dump) as? [String: Any])
        func leaves(_ command: [String: Any], _ path: [String]) -> [[String]] {
            let subcommands = command["subcommands"] as? [[String: Any]] ?? []
            if subcommands.isEmpty { return [path] }
            return subcommands.flatMap { sub in
                let name = sub["commandName"] as? String ?? "?"
                // ArgumentParser's generated `help` command is not ours.
                return name == "help" ? [] : leaves(sub, path + [name])
            }
        }
        return leaves(try #require(root["command"] as? [String: Any]), [])
    }

    @Test(arguments: [("fr", "Exemple"), ("en", "Example")])
    func everyCommandsHelpShowsAnExample(language: String, word: String) throws {
        let commands = try leafCommands()
        // The tree has grown past thirty commands; fewer means the dump was not read as expected.
        #expect(commands.count > 30, "\(commands)")
        #expect(commands.contains(["pistes", "suggest"]) && commands.contains(["demo"]))
        var jalon = self.jalon
        jalon.language = language
        for command in commands {
            let help = try jalon.run(arguments: command + ["--help"], withStore: false)
            #expect(help.status == 0, "\(command): \(help.stderr)")
            #expect(help.stdout.contains(word), "jalon \(command.joined(separator: " ")) --help has no “\(word)”")
        }
    }

    /// The groups took their step's name; scripts written with the former English names keep working.
    @Test(arguments: [("interests", "interets"), ("skills", "competences"), ("metiers", "pistes"), ("trainings", "formations")])
    func formerGroupNamesAreAliases(former: String, current: String) throws {
        let id = try jalon.run("init", "--name", "Léa").stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        let (oldHelp, newHelp) = (
            try jalon.run(arguments: [former, "--help"], withStore: false), try jalon.run(arguments: [current, "--help"], withStore: false)
        )
        #expect(oldHelp.status == 0 && newHelp.status == 0, "\(oldHelp.stderr)")
        #expect(oldHelp.stdout == newHelp.stdout, "jalon \(former) --help differs from jalon \(current) --help")
        #expect(newHelp.stdout.contains("jalon \(current)"), "\(newHelp.stdout)")
        if former == "skills" {
            // An edit through the alias is the same edit.
            let added = try jalon.run(former, "add", id, "Langue des signes", "--level", "2")
            #expect(added.status == 0, "\(added.stderr)")
            #expect(try jalon.run(current, "list", id).stdout.contains("Langue des signes"))
        }
    }

    @Test(arguments: ["bash", "zsh", "fish"])
    func completionScriptsNameTheSubcommands(shell: String) throws {
        let script = try jalon.run(arguments: ["--generate-completion-script", shell], withStore: false)
        #expect(script.status == 0, "\(script.stderr)")
        for name in ["pistes", "interets", "competences", "formations", "demo", "add-experience", "store"] {
            #expect(script.stdout.contains(name), "\(shell) completion lacks \(name)")
        }
    }

    private static let escape = "\u{1B}["

    /// A new project, and the binary in an environment that allows colours (no NO_COLOR, a colour TERM).
    private func colourable() throws -> (jalon: JalonProcess, id: String) {
        let id = try jalon.run("init", "--name", "Léa").stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        var jalon = self.jalon
        jalon.environment = ["NO_COLOR": nil, "TERM": "xterm-256color"]
        return (jalon, id)
    }

    @Test func noColoursOnAPipe() throws {
        let (jalon, id) = try colourable()
        let status = try jalon.run("status", id)
        #expect(status.status == 0, "\(status.stderr)")
        #expect(status.stdout.contains("Profil") && !status.stdout.contains(Self.escape))
        let refused = try jalon.run("status", Self.unknownProject)
        #expect(refused.status == 66 && refused.stderr.hasPrefix("jalon: "), "\(refused.stderr)")
    }

    @Test func coloursUnderATerminalUnlessNoColorOrDumb() throws {
        let made = try colourable()
        var jalon = made.jalon
        let id = made.id
        let status = try jalon.runInTerminal("status", id)
        #expect(status.status == 0, "\(status.stdout)")
        #expect(status.stdout.contains(Self.escape + "2mnon commencée" + Self.escape + "0m"), "\(status.stdout.debugDescription)")
        let refused = try jalon.runInTerminal("status", Self.unknownProject)
        #expect(refused.stdout.contains(Self.escape + "31mjalon:" + Self.escape + "0m"), "\(refused.stdout.debugDescription)")

        for environment: [String: String?] in [["NO_COLOR": "1", "TERM": "xterm-256color"], ["NO_COLOR": nil, "TERM": "dumb"]] {
            jalon.environment = environment
            let plain = try jalon.runInTerminal("status", id)
            #expect(plain.stdout.contains("Profil") && !plain.stdout.contains(Self.escape), "\(environment): \(plain.stdout.debugDescription)")
            let plainRefusal = try jalon.runInTerminal("status", Self.unknownProject)
            #expect(plainRefusal.stdout.contains("jalon: ") && !plainRefusal.stdout.contains(Self.escape), "\(environment)")
        }
    }
}
