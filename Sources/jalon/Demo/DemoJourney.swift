import Foundation
import JalonCatalogue
import JalonCore
import JalonLocale
import JalonStore

/// `jalon demo`'s walk: one project taken through the seven steps with the commands' own parsing and
/// JalonCore edits (`ProjectEditCommand.projectEdit`), the real engine and the bundled catalogue; each
/// step is one revision, and so is each `advance`, which applies the readiness rules as the command does.
struct DemoJourney {
    let repository: ProjectRepository
    let catalogue: Catalogue
    let language: Language
    let id: ProjectID
    /// Built once: ranking the métiers again after a change reuses it.
    let index: MatchingIndex
    /// What every edit is applied with: the language, the catalogue and the questionnaire, loaded once.
    let context: EditContext

    /// A new project for the persona, saved as revision 1.
    init(repository: ProjectRepository, catalogue: Catalogue, language: Language) throws {
        self.repository = repository
        self.catalogue = catalogue
        self.language = language
        let project = Project.started(displayName: DemoPersona.name)
        _ = try repository.create(project, author: .person, message: language.pick(fr: "Création du projet", en: "Project created"))
        id = project.id
        index = try catalogue.matchingIndex()
        context = EditContext(language: language, catalogue: catalogue, questionnaire: try QuestionnaireLoader.bundledRiasec())
    }

    /// Walks every step, printing what each shows; returns the finished project.
    func run() throws -> Project {
        print(language.pick(fr: "Projet \(id) créé (r1)", en: "Project \(id) created (r1)"))
        try profil()
        try interets()
        try competences()
        let kept = try pistes()
        try formations(kept)
        try plan()
        return try synthese()
    }

    // MARK: Steps

    private func profil() throws {
        let saved = try record(ProfilSetCommand.self, DemoPersona.profil)
        header(.profil, saved.revision)
        show(profileLine(saved.project.profil))
        try advance()
    }

    private func interets() throws {
        let rates = try DemoPersona.centres.map { try command(InteretsRateCommand.self, ["\($0.centre)", "\($0.note)"]).projectEdit }
        let answers = try command(InteretsAnswerCommand.self, ["--answers", DemoPersona.answersArgument]).projectEdit
        let saved = try save { project in
            for rate in rates { _ = try rate.apply(to: &project, in: context) }
            return try answers.apply(to: &project, in: context).message
        }
        header(.interets, saved.revision)
        let interets = saved.project.interets
        let rated = interets?.centres.count ?? 0
        let answered = interets?.riasec?.reponses.count ?? 0
        var line = language.pick(
            fr: "\(rated) centres d’intérêt notés, \(answered) réponses au questionnaire",
            en: "\(rated) centres d’intérêt rated, \(answered) questionnaire answers")
        if let profile = interets?.profil {
            let scores = profile.ranked.map { "\($0.rawValue) \(profile[$0])" }.joined(separator: " · ")
            line += language.pick(fr: " → profil RIASEC \(profile.code) (\(scores))", en: " → RIASEC profile \(profile.code) (\(scores))")
        }
        show(line)
        try advance()
    }

    private func competences() throws {
        let edit = try command(CompetencesAddExperienceCommand.self, DemoPersona.experience).projectEdit
        var added: AddExperienceEdit.Added?
        let saved = try save { project in
            let result = try edit.apply(to: &project, in: context)
            added = result.change
            return result.message
        }
        header(.competences, saved.revision)
        if let added, let experience = saved.project.competences?.experience(added.id) {
            let confirmed = added.outcome.compactMap { if case .confirmed = $0.decision { $0.item } else { nil } }
            let years = experience.annees.map { language.pick(fr: ", \(Self.number($0)) ans", en: ", \(Self.number($0)) years") } ?? ""
            show("\(added.id) \(added.appellation.longLabel) (\(added.appellation.fiche))\(years)")
            show(
                language.pick(fr: "\(confirmed.count) compétences cœur de métier confirmées : ", en: "\(confirmed.count) core skills confirmed: ")
                    + confirmed.prefix(3).map(\.label).joined(separator: separator) + (confirmed.count > 3 ? separator + "…" : ""))
        }
        try advance()
    }

    /// The suggestions as `metiers suggest` ranks and saves them, and the persona's two kept pistes, in one revision.
    private func pistes() throws -> [Piste] {
        let shown = DemoPersona.suggestionsShown
        var ranked: MatchingRanking?
        var matches: [MetierMatch] = []
        let saved = try save { project in
            // The revision is a save's base in the command; here `mutate` holds the base.
            let matching = MatchingContext(
                project: project, revision: 0, catalogue: catalogue, index: index,
                person: MatchingPerson(scoring: project, questionnaire: context.questionnaire))
            ranked = matching.ranking
            matches = matching.ranking.top(shown)
            _ = try PistesSuggestCommand.edit(matches, catalogue: catalogue, language: language).apply(to: &project, in: context)
            for code in DemoPersona.kept { _ = try command(PistesKeepCommand.self, [code]).projectEdit.apply(to: &project, in: context) }
            return language.pick(
                fr: "Suggestions de métiers affichées (\(matches.count)) ; pistes retenues : \(DemoPersona.kept.joined(separator: ", "))",
                en: "Job suggestions shown (\(matches.count)); kept pistes: \(DemoPersona.kept.joined(separator: ", "))")
        }
        header(.pistes, saved.revision)
        show(language.pick(fr: "\(index.ficheCount) métiers classés ; les \(shown) premiers :", en: "\(index.ficheCount) jobs ranked; the first \(shown):"))
        for match in matches {
            show("\(String(match.rank).leftPadded(2)). \(match.code)  \(MatchingText.points(match.score.total).leftPadded(5))  \(match.label)")
            if let reason = match.reasons(in: language).first { show("       " + language.pick(fr: "pourquoi : ", en: "why: ") + reason) }
        }
        let kept = saved.project.pistes?.retenues ?? []
        show(
            language.pick(fr: "Pistes retenues : ", en: "Kept pistes: ")
                + kept.map { piste in
                    let rank = ranked?.rank(of: piste.fiche).map { language.pick(fr: ", suggestion n° \($0)", en: ", suggestion #\($0)") } ?? ""
                    return "\(piste.fiche) \(piste.libelle ?? "")\(rank)"
                }.joined(separator: separator))
        try advance()
        return kept
    }

    /// The paths to each kept piste as `trainings` ranks and saves them, and the first chosen for each, in one revision.
    private func formations(_ kept: [Piste]) throws {
        let shown = 3
        var views: [TrainingPathsView] = []
        let saved = try save { project in
            for piste in kept {
                let (fiche, input) = try FormationsShowCommand.input(to: piste.fiche.rawValue, for: project, catalogue: catalogue)
                let view = TrainingPathsView(project: project, input: input, paths: TrainingPaths(input), catalogue: catalogue, limit: shown)
                guard let best = view.paths.paths.first else {
                    throw CommandFailure(
                        message: language.pick(fr: "aucun parcours vers \(fiche)", en: "no path to \(fiche)"), exitCode: JalonExitCode.invalidData)
                }
                _ = try FormationsShowCommand.edit(Array(view.shown), to: fiche, label: input.target.fiche.label, catalogue: catalogue, language: language)
                    .apply(to: &project, in: context)
                // `jalon formations choose`, on the best path just shown and saved.
                _ = try command(FormationsChooseCommand.self, [fiche.rawValue, best.certification.rawValue, "--voie", best.voie.rawValue])
                    .projectEdit.apply(to: &project, in: context)
                views.append(view)
            }
            return language.pick(
                fr: "Parcours affichés et choisis : \(kept.map(\.fiche.rawValue).joined(separator: ", "))",
                en: "Paths shown and chosen: \(kept.map(\.fiche.rawValue).joined(separator: ", "))")
        }
        header(.formations, saved.revision)
        for (index, view) in views.enumerated() {
            let fiche = view.input.target.fiche
            show(language.pick(fr: "Parcours vers \(fiche.code) \(fiche.label) :", en: "Paths to \(fiche.code) \(fiche.label):"))
            // The first target in full (top paths and the first one's reasons), the others by their chosen path.
            for (rank, path) in view.shown.enumerated() where index == 0 || rank == 0 {
                let lines = view.pathLines(rank + 1, path, language)
                show("  " + lines[0])
                if index == 0 && rank == 0 { lines.dropFirst().forEach { show("  " + $0) } }
            }
        }
        let chosen = saved.project.formations.filter(\.choisie)
        show(
            language.pick(fr: "Choisis : ", en: "Chosen: ")
                + chosen.map {
                    "\($0.fiche) → \($0.certification.map(\.rawValue) ?? "?") (\(TrainingPathsView.voie($0.voie, language)))"
                }.joined(separator: separator))
        try advance()
    }

    private func plan() throws {
        let start = today().daysSinceEpoch
        let commands = try DemoPersona.plan.map { action in
            let date = Day(daysSinceEpoch: start + action.inDays)
            return try command(PlanAddCommand.self, [action.text, "--date", date.iso8601, "--kind", action.kind] + (action.fiche.map { ["--fiche", $0] } ?? []))
                .projectEdit
        }
        let saved = try save { project in
            for edit in commands { _ = try edit.apply(to: &project, in: context) }
            return language.pick(fr: "Plan : \(commands.count) actions datées", en: "Plan: \(commands.count) dated actions")
        }
        header(.plan, saved.revision)
        for action in saved.project.plan {
            show("\(action.id)  \(action.date.map(\.iso8601) ?? "—")  \(action.kind)  \(action.intitule)")
        }
        try advance()
    }

    private func synthese() throws -> Project {
        let saved = try record(SyntheseSetCommand.self, DemoPersona.synthese)
        header(.synthese, saved.revision)
        show(
            language.pick(
                fr: "\(DemoPersona.synthese.count) paragraphes ; le premier : « \(DemoPersona.synthese[0]) »",
                en: "\(DemoPersona.synthese.count) paragraphs; the first: “\(DemoPersona.synthese[0])”"))
        return try advance()
    }

    // MARK: Running the commands' edits

    /// The command as the person would type it for this project: parsed and validated by ArgumentParser.
    private func command<Command: ProjectEditCommand>(_ type: Command.Type, _ arguments: [String]) throws -> Command {
        try Command.parse([id.rawValue] + arguments)
    }

    /// One revision made of one command's edit.
    private func record<Command: ProjectEditCommand>(_ type: Command.Type, _ arguments: [String]) throws -> (project: Project, revision: RevisionInfo) {
        let edit = try command(type, arguments).projectEdit
        return try save { try edit.apply(to: &$0, in: context).message }
    }

    /// One revision, through the repository's load–change–save (`ProjectRepository.mutate`), as the commands save.
    private func save(_ change: (inout Project) throws -> String) throws -> (project: Project, revision: RevisionInfo) {
        let saved = try repository.mutate(id, author: .person) { project in (try change(&project), ()) }
        return (saved.project, saved.revision)
    }

    /// `jalon advance`: refused, and the demo stopped, if the step is not complete.
    @discardableResult
    private func advance() throws -> Project {
        let saved = try record(AdvanceCommand.self, [])
        let progression = saved.project.progression
        let next = progression.current
        show(
            progression[next] == .terminee
                ? language.pick(fr: "✓ parcours terminé (r\(saved.revision.number))", en: "✓ journey finished (r\(saved.revision.number))")
                : language.pick(
                    fr: "✓ étape terminée → \(next.number). \(next.title(in: language)) (r\(saved.revision.number))",
                    en: "✓ step finished → \(next.number). \(next.title(in: language)) (r\(saved.revision.number))"))
        return saved.project
    }

    // MARK: Printing

    private func header(_ step: Step, _ revision: RevisionInfo) {
        print("")
        print("\(step.number). \(step.title(in: language)) (r\(revision.number))")
    }

    private func show(_ line: String) { print("   " + line) }

    /// "salariée · niveau 3 (CAP, BEP) · Besançon · mobilité 30 km".
    private func profileLine(_ profil: Profil?) -> String {
        guard let profil else { return language.pick(fr: "non renseigné", en: "not given") }
        return [
            profil.situation?.label(in: language), MatchingText.level(profil.diplome), profil.commune?.nom ?? profil.departement?.code,
            profil.mobiliteKm.map { language.pick(fr: "mobilité \($0) km", en: "mobility \($0) km") }
        ]
        .compactMap { $0 }.joined(separator: " · ")
    }

    private var separator: String { language.pick(fr: " ; ", en: "; ") }

    private static func number(_ value: Double) -> String {
        value.rounded() == value ? String(Int(value)) : String(value)
    }
}
