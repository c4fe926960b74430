import ArgumentParser

/// `jalon note …`: the counsellor's remarks, section by section.
struct NoteCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "note",
        abstract: L("Les notes du conseiller, par section.", "The counsellor's notes, by section."),
        subcommands: [NoteAddCommand.self])
}
