import ArgumentParser
import JalonCore
import JalonLocale

/// A command that changes one project: it builds one JalonCore edit from its arguments, which `run`
/// saves through `applyEdit` and `jalon demo` applies to its persona, the very same change.
protocol ProjectEditCommand: ParsableCommand {
    associatedtype Edit: ProjectEdit
    /// The edit the arguments describe (its own checks run when it is applied).
    var projectEdit: Edit { get throws }
}
