import ArgumentParser
import Foundation
import JalonCatalogue
import JalonCore
import JalonLocale

/// `jalon competences add-experience ID OGR|"words" [--years N] [--nature N] [--accept-core]`: an experience
/// named by a ROME appellation, and the cœur-de-métier skills of its fiche. With `--accept-core` they
/// are confirmed (maîtrise pratique); at a terminal each is proposed in turn (``CoreSkillConfirmation``);
/// otherwise they are saved as suggestions, listed, and confirmed one by one with `skills rate` — the
/// person decides what they really did.
struct CompetencesAddExperienceCommand: ProjectEditCommand {
    static let configuration = CommandConfiguration(
        commandName: "add-experience",
        abstract: L(
            "Ajoute une expérience (appellation ROME) et les compétences cœur de métier qu’elle suggère.",
            "Adds an experience (ROME appellation) and the core skills it suggests."),
        discussion: L(
            """
            Dans un terminal, sans --accept-core, chaque compétence cœur de métier est proposée : o pour la confirmer \
            (niveau 2), 1 à 4 pour la confirmer à ce niveau, n pour l’écarter, q pour laisser les suivantes à confirmer. \
            Sans terminal, elles sont enregistrées comme suggestions.
            Exemple : jalon competences add-experience 5f0c… "aide-soignant" --years 3 --accept-core
            """,
            """
            At a terminal, without --accept-core, each core skill is proposed: y to confirm it (level 2), 1 to 4 to \
            confirm it at that level, n to leave it out, q to leave the rest to confirm. Without a terminal, they are \
            saved as suggestions.
            Example: jalon competences add-experience 5f0c… "aide-soignant" --years 3 --accept-core
            """))

    @OptionGroup var global: GlobalOptions
    @OptionGroup var project: ProjectIDArgument
    @Argument(
        help: ArgumentHelp(L("Code OGR d’une appellation, ou mots de l’intitulé.", "OGR code of an appellation, or words of the title."), valueName: "OGR|MOTS")
    )
    var appellation: String
    // Unconditional so that "-1" reaches validation and gets a sentence, not an "unknown option" error.
    @Option(
        parsing: .unconditional, help: ArgumentHelp(L("Durée en années (demi-années permises).", "Duration in years (half-years allowed)."), valueName: "N"))
    var years: String?
    @Option(help: ArgumentHelp(L("Nature : \(Self.natures).", "Nature: \(Self.natures)."), valueName: "NATURE"))
    var nature: String = Experience.Nature.emploi.rawValue
    @Flag(
        name: .customLong("accept-core"),
        help: ArgumentHelp(
            L(
                "Confirme les compétences cœur de métier (maîtrise pratique).",
                "Confirms the core skills (practice level).")))
    var acceptCore = false

    static var natures: String { AddExperienceEdit.natures }

    func validate() throws { _ = try validating { try projectEdit.details() } }

    /// The edit without asking anything (`--accept-core` or not), as a script or `jalon demo` makes it.
    var projectEdit: AddExperienceEdit {
        get throws {
            var count: Double?
            if let years {
                guard let value = Double(years) else {
                    throw ValidationError(
                        L(
                            "durée « \(years) » impossible (un nombre d’années, demi-années permises, comme 2 ou 1.5)",
                            "impossible duration '\(years)' (a number of years, half-years allowed, like 2 or 1.5)"))
                }
                count = value
            }
            return AddExperienceEdit(appellation: appellation, nature: nature, years: count, acceptCore: acceptCore)
        }
    }

    func run() throws {
        let language = RunLanguage.current
        var edit = try projectEdit
        try reportingFailures {
            let resources = try EditResources.load(catalogue: true)
            let catalogue = resources.catalogue!
            let found = try edit.resolve(in: catalogue)
            edit.decisions = try decide(AddExperienceEdit.coreSkills(of: found, in: catalogue), for: found)
            let added = try applyEdit(global, project.id, resources: resources, edit).result.change
            print(
                language.pick(
                    fr: "Expérience \(added.id) ajoutée : \(found.longLabel) (\(found.fiche)).",
                    en: "Experience \(added.id) added: \(found.longLabel) (\(found.fiche))."))
            report(added.outcome, language: language)
        }
    }

    /// The decision for each core skill: all confirmed with `--accept-core`, asked one by one at a
    /// terminal (skills already confirmed are not asked again), else all left to confirm.
    private func decide(_ core: [FicheItem], for appellation: Appellation) throws -> [OgrCode: CoreSkillDecision] {
        if acceptCore { return [:] }  // the edit confirms them all
        guard TerminalStreams.inputIsTerminal else { return [:] }
        let competences = try global.repository().load(project.id).project.competences ?? Competences()
        let open = core.filter { item in
            guard let skill = competences.competences.first(where: { $0.item?.code == item.ogr }) else { return true }
            if case .suggeree = skill.source { return true } else { return false }
        }
        return CoreSkillConfirmation(appellation: appellation, items: open).ask()
    }

    private func report(_ outcome: [AddExperienceEdit.Outcome], language: Language) {
        let confirmed = outcome.compactMap { entry -> (FicheItem, Maitrise?)? in
            if case .confirmed(let level) = entry.decision { (entry.item, level) } else { nil }
        }
        let pending = outcome.filter { $0.decision == .pending }.map(\.item)
        if confirmed.allSatisfy({ $0.1 == nil }), !confirmed.isEmpty {
            print(language.pick(fr: "Compétences confirmées (maîtrise 2, pratique) :", en: "Skills confirmed (level 2, practice):"))
            for (item, _) in confirmed { print("  \(item.ogr)  \(item.label)") }
        } else if !confirmed.isEmpty {
            print(language.pick(fr: "Compétences confirmées (maîtrise de 1 à 4) :", en: "Skills confirmed (level 1 to 4):"))
            for (item, level) in confirmed { print("  \(item.ogr)  \(item.label)  (\(level ?? .pratique))") }
        }
        guard !pending.isEmpty else { return }
        print(language.pick(fr: "Compétences suggérées (cœur de métier), à confirmer :", en: "Suggested skills (core of the job), to confirm:"))
        for item in pending { print("  \(item.ogr)  \(item.label)") }
        print(
            language.pick(
                fr:
                    "Pour confirmer : jalon competences rate \(project.id.rawValue) OGR NIVEAU (1 à 4), ou relancez avec --accept-core pour une nouvelle expérience.",
                en: "To confirm: jalon competences rate \(project.id.rawValue) OGR LEVEL (1 to 4), or use --accept-core for a new experience."))
    }
}
