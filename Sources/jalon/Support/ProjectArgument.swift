import ArgumentParser
import JalonCore

/// Project ids on the command line, refused with a sentence that says what an id looks like.
func parseProjectID(_ text: String) throws -> ProjectID {
    guard let id = ProjectID(text) else {
        throw ValidationError(
            L(
                "« \(text) » n’est pas un identifiant de projet (attendu : 8-4-4-4-12 chiffres hexadécimaux, comme l’affiche jalon list)",
                "'\(text)' is not a project id (expected 8-4-4-4-12 hexadecimal digits, as jalon list shows)"))
    }
    return id
}

/// The `ID` argument of every command that acts on one project.
struct ProjectIDArgument: ParsableArguments {
    @Argument(help: ArgumentHelp(L("Identifiant du projet.", "Project id."), valueName: "ID"), transform: parseProjectID)
    var id: ProjectID
}
