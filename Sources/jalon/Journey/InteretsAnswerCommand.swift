import ArgumentParser
import JalonCore
import JalonLocale
import JalonStore

/// `jalon interets answer ID [--answers r1=4,s2=3,…]`: answers to the bundled RIASEC questionnaire,
/// given on the command line (scripts, the portal) or, without `--answers` at a terminal, asked one
/// question at a time (``InteractiveQuestionnaire``). Answers add to (or replace) those already saved;
/// once every question is answered, the profile is computed and saved with them.
struct InteretsAnswerCommand: ProjectEditCommand {
    static let configuration = CommandConfiguration(
        commandName: "answer",
        abstract: L(
            "Enregistre des réponses au questionnaire RIASEC (0 à 4 par question).",
            "Records answers to the RIASEC questionnaire (0 to 4 per question)."),
        discussion: L(
            """
            Sans --answers, dans un terminal : les questions une à une, touches 0 à 4 pour répondre, p pour la précédente, \
            q (ou Ctrl-D) pour reprendre plus tard ; chaque réponse est enregistrée aussitôt, la reprise commence à la \
            première question sans réponse.
            Exemple : jalon interets answer 5f0c…
            Exemple : jalon interets answer 5f0c… --answers r1=4,i1=2,s1=3
            """,
            """
            Without --answers, at a terminal: the questions one by one, keys 0 to 4 to answer, p for the previous one, \
            q (or Ctrl-D) to resume later; each answer is saved at once, and resuming starts at the first unanswered question.
            Example: jalon interets answer 5f0c…
            Example: jalon interets answer 5f0c… --answers r1=4,i1=2,s1=3
            """))

    @OptionGroup var global: GlobalOptions
    @OptionGroup var project: ProjectIDArgument
    @Option(
        help: ArgumentHelp(
            L(
                "Réponses QUESTION=NOTE séparées par des virgules (répétable).",
                "Comma-separated QUESTION=RATING answers (repeatable)."), valueName: "r1=4,…"))
    var answers: [String] = []

    func validate() throws {
        // Without answers on the command line, the questions are asked one by one, which needs a person at a terminal.
        guard !answers.isEmpty || !TerminalStreams.inputIsTerminal else { return }
        let questionnaire = try QuestionnaireLoader.bundledRiasec()
        _ = try validating { try projectEdit.checked(in: questionnaire) }
    }

    /// The `--answers` given, as one edit; what only the command line can get wrong (`r1=x`) is said here.
    var projectEdit: AnswerQuestionnaireEdit {
        get throws {
            let pairs = answers.flatMap { $0.split(separator: ",") }.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            guard !pairs.isEmpty else {
                throw ValidationError(
                    L(
                        "aucune réponse : donnez --answers r1=4,s2=3,…, ou lancez la commande dans un terminal pour répondre question par question",
                        "no answer: give --answers r1=4,s2=3,…, or run the command in a terminal to answer question by question"))
            }
            return AnswerQuestionnaireEdit(
                answers: try pairs.map { pair in
                    let parts = pair.split(separator: "=", omittingEmptySubsequences: false).map(String.init)
                    guard parts.count == 2 else {
                        throw ValidationError(
                            L(
                                "réponse « \(pair) » illisible (attendu : QUESTION=NOTE, comme r1=4)",
                                "unreadable answer '\(pair)' (expected: QUESTION=RATING, like r1=4)"))
                    }
                    guard let rating = Int(parts[1]) else {
                        throw ValidationError(
                            L(
                                "réponse « \(parts[1]) » à \(parts[0]) impossible (attendu : 0 à 4)",
                                "impossible answer '\(parts[1])' to \(parts[0]) (expected: 0 to 4)"))
                    }
                    return (parts[0], rating)
                })
        }
    }

    func run() throws {
        try reportingFailures {
            let questionnaire = try QuestionnaireLoader.bundledRiasec()
            let recorder = RiasecAnswersRecorder(global: global, project: project.id, questionnaire: questionnaire)
            guard !answers.isEmpty else { return try InteractiveQuestionnaire(recorder: recorder).run() }
            let saved = try recorder.record(try projectEdit)
            print(recorder.summary(of: saved))
        }
    }
}
