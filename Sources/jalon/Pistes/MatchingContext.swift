import ArgumentParser
import Foundation
import JalonCatalogue
import JalonCore
import JalonLocale
import JalonStore

/// Options of the matching commands: the store and language (``GlobalOptions``), and the catalogue.
struct MatchingOptions: ParsableArguments {
    @OptionGroup var global: GlobalOptions
    @Option(
        name: .long,
        help: ArgumentHelp(
            L("Fichier catalogue à lire au lieu du catalogue embarqué.", "Catalogue file to read instead of the bundled one."), valueName: "FILE"))
    var catalogue: String?

    /// The project, the catalogue's matching index, and the person as matching reads them
    /// (`MatchingPerson(scoring:)`).
    func load(_ id: ProjectID) throws -> MatchingContext {
        let loaded = try global.repository().load(id, revision: nil)
        let catalogue = try self.catalogue.map { path throws(CatalogueError) in try Catalogue(contentsOf: path) } ?? Catalogue.bundled()
        let project = loaded.project
        return MatchingContext(
            project: project, revision: loaded.revision.number, catalogue: catalogue, index: try catalogue.matchingIndex(),
            person: MatchingPerson(scoring: project, questionnaire: try QuestionnaireLoader.bundledRiasec()))
    }
}

struct MatchingContext {
    let project: Project
    /// The revision the project was read from: the base of a save.
    let revision: Int
    let catalogue: Catalogue
    let index: MatchingIndex
    let person: MatchingPerson

    var ranking: MatchingRanking { MatchingRanking(index: index, person: person) }

    init(project: Project, revision: Int, catalogue: Catalogue, index: MatchingIndex, person: MatchingPerson) {
        self.project = project
        self.revision = revision
        self.catalogue = catalogue
        self.index = index
        // The profile's « métiers qui recrutent » preference, read in the catalogue (off: unchanged).
        self.person = person.withRegionalProspects(of: project.profil, in: catalogue)
    }

    /// A fiche code the person typed, checked against the catalogue.
    func fiche(_ text: String) throws(CommandFailure) -> RomeCode {
        let trimmed = text.trimmingCharacters(in: .whitespaces).uppercased()
        guard let code = RomeCode(trimmed), index.row(of: code) != nil else { throw CommandFailure(MatchingFailure.unknownFiche(text)) }
        return code
    }
}

/// Failures of the matching commands, each one sentence.
enum MatchingFailure: LocalizedFailure {
    case unknownFiche(String)
    case unknownSource(String)
    case noExperience
    case invalidLimit(Int)

    func message(in language: Language) -> String {
        switch self {
        case .unknownFiche(let text):
            language.pick(
                fr: "« \(text) » n’est pas une fiche ROME du catalogue (attendu : une lettre A–N et quatre chiffres, comme J1501).",
                en: "“\(text)” is not a ROME fiche of the catalogue (expected a letter A–N and four digits, such as J1501).")
        case .unknownSource(let text):
            PasserelleStartFailure.unknownSource(text).message(in: language) + "."
        case .noExperience:
            PasserelleStartFailure.noExperience.message(in: language)
                + language.pick(
                    fr: " : indiquez un point de départ avec --from OGR ou --from CODE.", en: ": give a starting point with --from OGR or --from CODE.")
        case .invalidLimit(let value):
            language.pick(fr: "--limit attend un nombre de 1 à 1584, pas \(value).", en: "--limit expects a number from 1 to 1584, not \(value).")
        }
    }
}

extension MatchingFailure {
    var failureKind: FailureKind {
        switch self {
        case .unknownFiche, .unknownSource: .notFound
        case .noExperience, .invalidLimit: .usage
        }
    }
}
