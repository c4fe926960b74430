import ArgumentParser
import JalonCatalogue
import JalonCore
import JalonDossier
import JalonLocale
import JalonStore

/// `jalon pistes suggest ID [--limit N]`: the ranked métiers, each with its total and a one-line reason.
/// What is shown is saved in the project (format 1.1 `<suggestions>`) as a new revision, with the
/// catalogue and engine that produced it; `--no-save` only shows.
struct PistesSuggestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "suggest",
        abstract: L(
            "Classe les 1 584 métiers ROME pour ce projet, avec une raison pour chacun.",
            "Ranks the 1,584 ROME jobs for this project, with a reason for each."),
        discussion: L(
            "Les suggestions affichées sont enregistrées dans le projet (une révision), sauf avec --no-save. Sans aucun centre d’intérêt noté, questionnaire complet, expérience ni compétence, rien n’est suggéré (code de sortie 1) ; avec trop peu, les suggestions sont « provisoires ». Les ex æquo sont signalés (« 3= »). Formules : article DocC « Matching ». Exemple : jalon pistes suggest 5f0c… --limit 20",
            "The suggestions shown are saved in the project (one revision), except with --no-save. With no centre of interest rated, no complete questionnaire, no experience and no skill, nothing is suggested (exit code 1); with too little, suggestions are “provisional”. Ties are marked (“3=”). Formulas: DocC article “Matching”. Example: jalon pistes suggest 5f0c… --limit 20"
        ))

    @OptionGroup var options: MatchingOptions
    @OptionGroup var output: JSONOutputOptions
    @OptionGroup var project: ProjectIDArgument
    @Option(name: .long, help: ArgumentHelp(L("Nombre de métiers à afficher (10 par défaut).", "Number of jobs to show (10 by default)."), valueName: "N"))
    var limit = 10
    @Flag(name: .long, help: ArgumentHelp(L("Affiche sans enregistrer dans le projet.", "Shows without saving into the project.")))
    var noSave = false

    func run() throws {
        try reportingFailures {
            guard (1...1584).contains(limit) else { throw CommandFailure(MatchingFailure.invalidLimit(limit)) }
            let context = try options.load(project.id)
            let readiness = SuggestionReadiness(person: context.person)
            guard readiness != .notReady else {
                throw CommandFailure(message: SuggestionReadiness.notReadySentence(in: RunLanguage.current), exitCode: JalonExitCode.invalidData)
            }
            let ranking = context.ranking
            let matches = ranking.top(limit)
            let excluded = context.person.ecartees.filter { context.index.row(of: $0) != nil }.sorted()
            if !noSave { try save(matches, readiness: readiness, context: context) }
            if output.json {
                return try JSONOutput.print(
                    SuggestionListJSON(
                        project: project.id, revision: context.revision, person: context.person,
                        index: context.index, matches: matches, readiness: readiness,
                        language: RunLanguage.current))
            }
            let name = context.project.displayName ?? L("sans nom", "no name")
            var lines = [
                L(
                    "Métiers pour \(name) — \(context.index.ficheCount - excluded.count) classés",
                    "Jobs for \(name) — \(context.index.ficheCount - excluded.count) ranked")
                    + (excluded.isEmpty
                        ? ""
                        : L(
                            " (écartés : \(excluded.map(\.rawValue).joined(separator: ", ")))",
                            " (set aside: \(excluded.map(\.rawValue).joined(separator: ", ")))"))
            ]
            lines += readiness.provisionalSentences(in: RunLanguage.current).map { "⚠ " + $0 }
            if context.person.prospects != nil {
                let weight = MatchingText.percent(MatchingWeights.debouchesBonus)
                lines.append(
                    L(
                        "Préférence « métiers qui recrutent dans ma région » : les débouchés de chaque métier comblent jusqu’à \(weight) % de l’écart à 100 (tension Dares 2019 de sa famille, catégorie 5 : tout, 1 : rien).",
                        "Preference “jobs that are hiring in my region”: each job's prospects close up to \(weight)% of the gap to 100 (Dares 2019 tension of its family, category 5: all, 1: none)."
                    ))
            }
            for match in matches {
                lines.append(MatchingText.rank(match) + "\(match.code)  \(MatchingText.points(match.score).leftPadded(5))  \(match.label)")
                lines.append("       " + L("pourquoi : ", "why: ") + MatchingText.pourquoi(match))
            }
            if matches.contains(where: { $0.tiedRanks != nil }) {
                lines.append(
                    L(
                        "« = » : ex æquo (même score affiché), présentés par compétences, puis intérêts, puis code.",
                        "“=”: tied (same shown score), listed by skills, then interests, then code."))
            }
            lines.append(L("Détail d’un métier : jalon pistes explain \(project.id) CODE", "Details of a job: jalon pistes explain \(project.id) CODE"))
            print(lines.joined(separator: "\n"))
        }
    }
}

extension PistesSuggestCommand {
    /// One revision holding the suggestions about to be shown, stamped with their catalogue and engine,
    /// based on the revision they were ranked from. Saved before printing, so that what a person reads
    /// is always in the project.
    private func save(_ matches: [MetierMatch], readiness: SuggestionReadiness, context: MatchingContext) throws {
        let language = RunLanguage.current
        try options.global.repository().mutate(
            project.id, basedOn: context.revision, author: .person, in: EditContext(language: language),
            Self.edit(matches, readiness: readiness, catalogue: context.catalogue, language: language))
    }

    /// The suggestions shown, provisional ones saying so, as the edit that records them (replacing earlier ones).
    static func edit(
        _ matches: [MetierMatch], readiness: SuggestionReadiness = .ready, catalogue: Catalogue,
        language: Language
    ) -> RecordSuggestionsEdit {
        RecordSuggestionsEdit(
            suggestions: matches.map { SavedSuggestion($0, language: language, readiness: readiness) },
            catalogue: catalogue.stampDescription, engine: JalonVersion.current)
    }
}

extension String {
    func leftPadded(_ width: Int) -> String { count >= width ? self : String(repeating: " ", count: width - count) + self }
}
