import ArgumentParser
import Foundation
import JalonCatalog
import JalonCore
import JalonLocale

/// `jalon skills add-experience ID OGR|"words" [--years N] [--nature N] [--accept-core]`: an experience
/// named by a ROME appellation, and the cœur-de-métier skills of its fiche. With `--accept-core` they
/// are confirmed (maîtrise pratique); without it they are saved as suggestions, listed, and confirmed
/// one by one with `skills rate` — the person decides what they really did.
struct SkillsAddExperienceCommand: ProjectEditCommand {
    static let configuration = CommandConfiguration(
        commandName: "add-experience",
        abstract: L("Ajoute une expérience (appellation ROME) et les compétences cœur de métier qu’elle suggère.",
                    "Adds an experience (ROME appellation) and the core skills it suggests."),
        discussion: L("Exemple : jalon skills add-experience 5f0c… \"aide-soignant\" --years 3 --accept-core",
                      "Example: jalon skills add-experience 5f0c… \"aide-soignant\" --years 3 --accept-core"))

    @OptionGroup var global: GlobalOptions
    @OptionGroup var project: ProjectIDArgument
    @Argument(help: ArgumentHelp(L("Code OGR d’une appellation, ou mots de l’intitulé.", "OGR code of an appellation, or words of the title."), valueName: "OGR|MOTS"))
    var appellation: String
    // Unconditional so that "-1" reaches validation and gets a sentence, not an "unknown option" error.
    @Option(parsing: .unconditional, help: ArgumentHelp(L("Durée en années (demi-années permises).", "Duration in years (half-years allowed)."), valueName: "N"))
    var years: String?
    @Option(help: ArgumentHelp(L("Nature : \(Self.natures).", "Nature: \(Self.natures)."), valueName: "NATURE"))
    var nature: String = Experience.Nature.emploi.rawValue
    @Flag(name: .customLong("accept-core"), help: ArgumentHelp(L("Confirme les compétences cœur de métier (maîtrise pratique).",
                                                                 "Confirms the core skills (practice level).")))
    var acceptCore = false

    static var natures: String { Experience.Nature.allCases.map(\.rawValue).joined(separator: ", ") }
    /// A words search picks its first appellation only when it leads the next one by this much score:
    /// otherwise the person chooses, rather than Jalon guessing their job.
    static let clearLead = 0.1

    func validate() throws { _ = try details() }

    func details() throws -> (nature: Experience.Nature, years: Double?) {
        guard let value = Experience.Nature(rawValue: nature) else {
            throw ValidationError(L("nature « \(nature) » inconnue (attendu : \(Self.natures))", "unknown nature '\(nature)' (expected: \(Self.natures))"))
        }
        guard let years else { return (value, nil) }
        // Half-years at most: the document stores annees to the half.
        guard let count = Double(years), count > 0, count <= 60, (count * 2).rounded() == count * 2 else {
            throw ValidationError(L("durée « \(years) » impossible (un nombre d’années, demi-années permises, comme 2 ou 1.5)",
                                    "impossible duration '\(years)' (a number of years, half-years allowed, like 2 or 1.5)"))
        }
        return (value, count)
    }

    /// The appellation the argument names: an OGR code, or words that clearly point to one.
    func resolve(in catalogue: Catalogue) throws -> Appellation {
        let text = appellation.trimmingCharacters(in: .whitespacesAndNewlines)
        if let ogr = OgrCode(text) {
            guard let found = catalogue.appellation(ogr) else {
                throw CommandFailure(message: L("« \(text) » n’est pas le code OGR d’une appellation du catalogue ROME (voir jalon catalogue search)",
                                                "'\(text)' is not the OGR code of an appellation of the ROME catalogue (see jalon catalogue search)"),
                                     exitCode: JalonExitCode.usage)
            }
            return found
        }
        let candidates = catalogue.search(text, kind: .metier, limit: 12).filter { $0.kind == .appellation }
        let list = candidates.prefix(5).map { "\($0.code) \($0.label)" }.joined(separator: " ; ")
        guard let first = candidates.first else {
            throw CommandFailure(message: L("aucun métier ne correspond à « \(text) » (voir jalon catalogue search)",
                                            "no job matches '\(text)' (see jalon catalogue search)"),
                                 exitCode: JalonExitCode.usage)
        }
        guard candidates.count == 1 || first.score - candidates[1].score >= Self.clearLead,
              let ogr = OgrCode(first.code), let found = catalogue.appellation(ogr) else {
            throw CommandFailure(message: L("« \(text) » peut désigner plusieurs métiers ; donnez le code OGR de l’un d’eux : \(list)",
                                            "'\(text)' may name several jobs; give the OGR code of one of them: \(list)"),
                                 exitCode: JalonExitCode.usage)
        }
        return found
    }

    /// What one run added: the experience and the core skills it brought (confirmed or suggested).
    struct AddedExperience {
        var id: ExperienceID
        var appellation: Appellation
        var skills: [FicheItem]
    }

    func edit(_ project: inout Project, language: Language) throws -> String {
        try addExperience(to: &project, catalogue: Catalogue.bundled(), language: language).message
    }

    /// The experience the argument names, with the cœur-de-métier skills of its fiche, added to `project`.
    func addExperience(to project: inout Project, catalogue: Catalogue, language: Language) throws -> (added: AddedExperience, message: String) {
        let (nature, years) = try details()
        let found = try resolve(in: catalogue)
        // Savoir-faire and savoir-être only: a skill is something one does or how one behaves, and
        // `Competence` items are those (savoirs are knowledge, handled with trainings).
        let core = catalogue.coeurDeMetier(of: found.fiche).filter { $0.rubrique == .savoirFaire || $0.rubrique == .savoirEtre }
        var competences = project.competences ?? Competences()
        let id = nextLocalID(prefix: "x", after: competences.experiences.map(\.id))
        competences.experiences.append(Experience(id: id, nature: nature, appellation: RomeItemRef(code: found.ogr, libelle: found.longLabel), annees: years)!)
        // One entry per ROME item: a skill already confirmed keeps its source and level; a pending
        // suggestion is confirmed by --accept-core, now shown by this experience.
        let added = core.filter { item in
            guard let index = competences.competences.firstIndex(where: { $0.item?.code == item.ogr }) else { return true }
            guard acceptCore, case .suggeree = competences.competences[index].source else { return false }
            competences.competences[index].source = .experience(id)
            competences.competences[index].maitrise = competences.competences[index].maitrise ?? .pratique
            return true
        }
        competences.competences += added.filter { item in !competences.competences.contains { $0.item?.code == item.ogr } }.map {
            Competence(item: RomeItemRef(code: $0.ogr, libelle: $0.label),
                       source: acceptCore ? .experience(id) : .suggeree(from: id),
                       maitrise: acceptCore ? .pratique : nil)!
        }
        project.competences = competences
        project.recordChange(of: .competences)
        let message = language.pick(fr: "Expérience \(id) : \(found.longLabel)" + (acceptCore ? ", \(added.count) compétence(s) confirmée(s)" : ""),
                                    en: "Experience \(id): \(found.longLabel)" + (acceptCore ? ", \(added.count) skill(s) confirmed" : ""))
        return (AddedExperience(id: id, appellation: found, skills: added), message)
    }

    func run() throws {
        let language = RunLanguage.current
        _ = try details()
        try reportingFailures {
            let catalogue = try Catalogue.bundled()
            var result: AddedExperience?
            try mutateProject(global, project.id) { project in
                let (added, message) = try addExperience(to: &project, catalogue: catalogue, language: language)
                result = added
                return message
            }
            guard let result else { return }
            let found = result.appellation
            print(language.pick(fr: "Expérience \(result.id) ajoutée : \(found.longLabel) (\(found.fiche)).",
                                en: "Experience \(result.id) added: \(found.longLabel) (\(found.fiche))."))
            guard !result.skills.isEmpty else { return }
            print(acceptCore
                  ? language.pick(fr: "Compétences confirmées (maîtrise 2, pratique) :", en: "Skills confirmed (level 2, practice):")
                  : language.pick(fr: "Compétences suggérées (cœur de métier), à confirmer :", en: "Suggested skills (core of the job), to confirm:"))
            for item in result.skills { print("  \(item.ogr)  \(item.label)") }
            if !acceptCore {
                print(language.pick(fr: "Pour confirmer : jalon skills rate \(project.id.rawValue) OGR NIVEAU (1 à 4), ou relancez avec --accept-core pour une nouvelle expérience.",
                                    en: "To confirm: jalon skills rate \(project.id.rawValue) OGR LEVEL (1 to 4), or use --accept-core for a new experience."))
            }
        }
    }
}
