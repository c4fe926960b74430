import ArgumentParser
import JalonCore
import JalonLocale

/// A command that changes one project, its change kept apart from loading and saving: the command
/// runs it through `mutateProject`, and `jalon demo` applies the very same change to its persona.
protocol ProjectEditCommand: ParsableCommand {
    /// Applies the command's change to `project` and returns the revision's message; a throw saves nothing.
    func edit(_ project: inout Project, language: Language) throws -> String
}
