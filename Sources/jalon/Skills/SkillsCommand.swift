import ArgumentParser
import JalonCatalog
import JalonCore

/// `jalon skills …`: step 3, the skills the person has and how well.
struct SkillsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "skills",
        abstract: L("Les compétences (étape 3).", "Skills (step 3)."),
        subcommands: [SkillsAddExperienceCommand.self, SkillsAddCommand.self, SkillsRateCommand.self, SkillsRemoveCommand.self, SkillsListCommand.self])
}

/// A maîtrise given on the command line as 1…4; a string so that "5" or "-1" reaches validation and
/// gets a sentence rather than a parser error.
func maitrise(_ text: String) throws -> Maitrise {
    guard let value = Int(text).flatMap(Maitrise.init(rawValue:)) else {
        throw ValidationError(L("niveau « \(text) » impossible (attendu : 1 notions, 2 pratique, 3 autonomie, 4 expertise)",
                                "impossible level '\(text)' (expected: 1 notions, 2 practice, 3 autonomy, 4 expertise)"))
    }
    return value
}

/// An OGR code given on the command line, checked to be a savoir-faire or savoir-être of the catalogue.
func catalogueCompetence(_ text: String, in catalogue: Catalogue) throws -> RomeCompetence {
    guard let ogr = OgrCode(text), let competence = catalogue.competence(ogr) else {
        throw CommandFailure(message: L("« \(text) » n’est pas le code OGR d’une compétence du catalogue ROME (voir jalon catalogue search)",
                                        "'\(text)' is not the OGR code of a competence of the ROME catalogue (see jalon catalogue search)"),
                             exitCode: JalonExitCode.usage)
    }
    return competence
}

extension Competences {
    /// The index of the skill with this ROME item, or a sentence saying it is not in the portfolio.
    func index(of ogr: OgrCode) throws -> Int {
        guard let index = competences.firstIndex(where: { $0.item?.code == ogr }) else {
            throw CommandFailure(message: L("la compétence \(ogr) n’est pas dans vos compétences (voir jalon skills list)",
                                            "competence \(ogr) is not among your skills (see jalon skills list)"),
                                 exitCode: JalonExitCode.usage)
        }
        return index
    }
}
