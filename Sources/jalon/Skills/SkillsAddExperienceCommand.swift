import ArgumentParser
import Foundation
import JalonCatalog
import JalonCore
import JalonLocale

/// `jalon skills add-experience ID OGR|"words" [--years N] [--nature N] [--accept-core]`: an experience
/// named by a ROME appellation, and the cœur-de-métier skills of its fiche. With `--accept-core` they
/// are confirmed (maîtrise pratique); at a terminal each is proposed in turn (``CoreSkillConfirmation``);
/// otherwise they are saved as suggestions, listed, and confirmed one by one with `skills rate` — the
/// person decides what they really did.
struct SkillsAddExperienceCommand: ProjectEditCommand {
    static let configuration = CommandConfiguration(
        commandName: "add-experience",
        abstract: L("Ajoute une expérience (appellation ROME) et les compétences cœur de métier qu’elle suggère.",
                    "Adds an experience (ROME appellation) and the core skills it suggests."),
        discussion: L("""
            Dans un terminal, sans --accept-core, chaque compétence cœur de métier est proposée : o pour la confirmer \
            (niveau 2), 1 à 4 pour la confirmer à ce niveau, n pour l’écarter, q pour laisser les suivantes à confirmer. \
            Sans terminal, elles sont enregistrées comme suggestions.
            Exemple : jalon skills add-experience 5f0c… "aide-soignant" --years 3 --accept-core
            """, """
            At a terminal, without --accept-core, each core skill is proposed: y to confirm it (level 2), 1 to 4 to \
            confirm it at that level, n to leave it out, q to leave the rest to confirm. Without a terminal, they are \
            saved as suggestions.
            Example: jalon skills add-experience 5f0c… "aide-soignant" --years 3 --accept-core
            """))

    @OptionGroup var global: GlobalOptions
    @OptionGroup var project: ProjectIDArgument
    @Argument(help: ArgumentHelp(L("Code OGR d’une appellation, ou l’expérience dite avec vos mots (« bénévole en EHPAD »).", "OGR code of an appellation, or the experience in your own words."), valueName: "OGR|MOTS"))
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

    /// The appellation the argument names: an OGR code, or words of the person's own (« bénévole en
    /// EHPAD ») that clearly point to one (``ExperienceMatches/leader``); otherwise the person chooses
    /// among the five candidates, rather than Jalon guessing their job.
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
        let matches: ExperienceMatches
        do {
            matches = try catalogue.experienceCandidates(text)
        } catch {
            throw CommandFailure(error, exitCode: JalonExitCode.usage)
        }
        guard !matches.candidates.isEmpty else {
            throw CommandFailure(message: L("aucun métier ne correspond à « \(text) » (voir jalon catalogue search)",
                                            "no job matches '\(text)' (see jalon catalogue search)"),
                                 exitCode: JalonExitCode.usage)
        }
        guard let leader = matches.leader else {
            let list = matches.candidates.map { "\($0.appellation.ogr) \($0.appellation.longLabel) (\($0.appellation.fiche))" }.joined(separator: " ; ")
            throw CommandFailure(message: L("« \(text) » peut désigner plusieurs métiers ; donnez le code OGR de l’un d’eux : \(list)",
                                            "'\(text)' may name several jobs; give the OGR code of one of them: \(list)"),
                                 exitCode: JalonExitCode.usage)
        }
        return leader.appellation
    }

    /// What one addition did: the experience, and each core skill with what became of it.
    struct AddedExperience {
        var id: ExperienceID
        var appellation: Appellation
        var outcome: [(item: FicheItem, decision: CoreSkillDecision)]
        var message: String
    }

    /// Savoir-faire and savoir-être only: a skill is something one does or how one behaves, and
    /// `Competence` items are those (savoirs are knowledge, handled with trainings).
    static func coreSkills(of appellation: Appellation, in catalogue: Catalogue) -> [FicheItem] {
        catalogue.coeurDeMetier(of: appellation.fiche).filter { $0.rubrique == .savoirFaire || $0.rubrique == .savoirEtre }
    }

    /// The experience and its core skills, each as `decisions` says (pending when it says nothing), added to `project`.
    func addExperience(_ found: Appellation, core: [FicheItem], decisions: [OgrCode: CoreSkillDecision],
                       to project: inout Project, language: Language) throws -> AddedExperience {
        let (nature, years) = try details()
        var competences = project.competences ?? Competences()
        let id = nextLocalID(prefix: "x", after: competences.experiences.map(\.id))
        competences.experiences.append(Experience(id: id, nature: nature, appellation: RomeItemRef(code: found.ogr, libelle: found.longLabel), annees: years)!)
        let outcome = core.compactMap { item -> (item: FicheItem, decision: CoreSkillDecision)? in
            let decision = decisions[item.ogr] ?? .pending
            return competences.apply(decision, to: item, from: id) ? (item, decision) : nil
        }
        project.competences = competences
        project.recordChange(of: .competences)
        let confirmed = outcome.filter { if case .confirmed = $0.decision { true } else { false } }.count
        let message = language.pick(fr: "Expérience \(id) : \(found.longLabel)" + (confirmed > 0 ? ", \(confirmed) compétence(s) confirmée(s)" : ""),
                                    en: "Experience \(id): \(found.longLabel)" + (confirmed > 0 ? ", \(confirmed) skill(s) confirmed" : ""))
        return AddedExperience(id: id, appellation: found, outcome: outcome, message: message)
    }

    /// The addition without asking anything (`--accept-core` or not), as a script or `jalon demo` makes it.
    func addExperience(to project: inout Project, catalogue: Catalogue, language: Language) throws -> AddedExperience {
        let found = try resolve(in: catalogue)
        let core = Self.coreSkills(of: found, in: catalogue)
        return try addExperience(found, core: core, decisions: flagDecisions(core), to: &project, language: language)
    }

    func edit(_ project: inout Project, language: Language) throws -> String {
        try addExperience(to: &project, catalogue: Catalogue.bundled(), language: language).message
    }

    func run() throws {
        let language = RunLanguage.current
        _ = try details()
        try reportingFailures {
            let catalogue = try Catalogue.bundled()
            let found = try resolve(in: catalogue)
            let core = Self.coreSkills(of: found, in: catalogue)
            let decisions = try decide(core, for: found)
            var added: AddedExperience?
            try mutateProject(global, project.id) { project in
                added = try addExperience(found, core: core, decisions: decisions, to: &project, language: language)
                return added!.message
            }
            guard let added else { return }
            print(language.pick(fr: "Expérience \(added.id) ajoutée : \(found.longLabel) (\(found.fiche)).",
                                en: "Experience \(added.id) added: \(found.longLabel) (\(found.fiche))."))
            report(added.outcome, language: language)
        }
    }

    /// What the flags decide: every core skill confirmed with `--accept-core`, else nothing (pending).
    private func flagDecisions(_ core: [FicheItem]) -> [OgrCode: CoreSkillDecision] {
        acceptCore ? Dictionary(uniqueKeysWithValues: core.map { ($0.ogr, .confirmed(nil)) }) : [:]
    }

    /// The decision for each core skill: all confirmed with `--accept-core`, asked one by one at a
    /// terminal (skills already confirmed are not asked again), else all left to confirm.
    private func decide(_ core: [FicheItem], for appellation: Appellation) throws -> [OgrCode: CoreSkillDecision] {
        if acceptCore { return flagDecisions(core) }
        guard TerminalStreams.inputIsTerminal else { return [:] }
        let competences = try global.repository().load(project.id).project.competences ?? Competences()
        let open = core.filter { item in
            guard let skill = competences.competences.first(where: { $0.item?.code == item.ogr }) else { return true }
            if case .suggeree = skill.source { return true } else { return false }
        }
        return CoreSkillConfirmation(appellation: appellation, items: open).ask()
    }

    private func report(_ outcome: [(item: FicheItem, decision: CoreSkillDecision)], language: Language) {
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
        print(language.pick(fr: "Pour confirmer : jalon skills rate \(project.id.rawValue) OGR NIVEAU (1 à 4), ou relancez avec --accept-core pour une nouvelle expérience.",
                            en: "To confirm: jalon skills rate \(project.id.rawValue) OGR LEVEL (1 to 4), or use --accept-core for a new experience."))
    }
}

extension Competences {
    /// Applies what the person said of a core skill of experience `id`; true when the portfolio changed.
    /// One entry per ROME item: a confirmed skill keeps its source and level, a pending suggestion is
    /// confirmed by a yes (now shown by this experience), a no leaves the portfolio as it was.
    mutating func apply(_ decision: CoreSkillDecision, to item: FicheItem, from id: ExperienceID) -> Bool {
        if let index = competences.firstIndex(where: { $0.item?.code == item.ogr }) {
            guard case .confirmed(let level) = decision, case .suggeree = competences[index].source else { return false }
            competences[index].source = .experience(id)
            competences[index].maitrise = level ?? competences[index].maitrise ?? .pratique
            return true
        }
        let reference = RomeItemRef(code: item.ogr, libelle: item.label)
        switch decision {
        case .confirmed(let level): competences.append(Competence(item: reference, source: .experience(id), maitrise: level ?? .pratique)!)
        case .pending: competences.append(Competence(item: reference, source: .suggeree(from: id))!)
        case .declined: return false
        }
        return true
    }
}
