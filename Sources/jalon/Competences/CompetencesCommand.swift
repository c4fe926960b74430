import ArgumentParser
import JalonCore

/// `jalon competences …`: step 3, the skills the person has and how well.
struct CompetencesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "competences",
        abstract: L("Les compétences (étape 3).", "Skills (step 3)."),
        subcommands: [
            CompetencesAddExperienceCommand.self, CompetencesAddCommand.self, CompetencesRateCommand.self, CompetencesRemoveCommand.self,
            CompetencesRemoveExperienceCommand.self, CompetencesListCommand.self
        ],
        aliases: ["skills"])
}

/// A maîtrise given on the command line as 1…4; a string so that "5" or "-1" reaches validation and
/// gets a sentence rather than a parser error (JalonCore's, `Maitrise.parse`).
func maitriseLevel(_ text: String) throws -> Int {
    guard let value = Int(text) else {
        throw ValidationError(
            L(
                "niveau « \(text) » impossible (attendu : 1 notions, 2 pratique, 3 autonomie, 4 expertise)",
                "impossible level '\(text)' (expected: 1 notions, 2 practice, 3 autonomy, 4 expertise)"))
    }
    _ = try validating { try Maitrise.parse(value, field: "level") }
    return value
}
