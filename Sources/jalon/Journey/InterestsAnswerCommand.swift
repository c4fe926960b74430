import ArgumentParser
import JalonCore
import JalonLocale
import JalonStore

/// `jalon interests answer ID [--answers r1=4,s2=3,…]`: answers to the bundled RIASEC questionnaire,
/// given on the command line (scripts, the portal) or, without `--answers` at a terminal, asked one
/// question at a time (``InteractiveQuestionnaire``). Answers add to (or replace) those already saved;
/// once every question is answered, the profile is computed and saved with them.
struct InterestsAnswerCommand: ProjectEditCommand {
    static let configuration = CommandConfiguration(
        commandName: "answer",
        abstract: L("Enregistre des réponses au questionnaire RIASEC (0 à 4 par question).",
                    "Records answers to the RIASEC questionnaire (0 to 4 per question)."),
        discussion: L("""
            Sans --answers, dans un terminal : les questions une à une, touches 0 à 4 pour répondre, p pour la précédente, \
            q (ou Ctrl-D) pour reprendre plus tard ; chaque réponse est enregistrée aussitôt, la reprise commence à la \
            première question sans réponse.
            Exemple : jalon interests answer 5f0c…
            Exemple : jalon interests answer 5f0c… --answers r1=4,i1=2,s1=3
            """, """
            Without --answers, at a terminal: the questions one by one, keys 0 to 4 to answer, p for the previous one, \
            q (or Ctrl-D) to resume later; each answer is saved at once, and resuming starts at the first unanswered question.
            Example: jalon interests answer 5f0c…
            Example: jalon interests answer 5f0c… --answers r1=4,i1=2,s1=3
            """))

    @OptionGroup var global: GlobalOptions
    @OptionGroup var project: ProjectIDArgument
    @Option(help: ArgumentHelp(L("Réponses QUESTION=NOTE séparées par des virgules (répétable).",
                                 "Comma-separated QUESTION=RATING answers (repeatable)."), valueName: "r1=4,…"))
    var answers: [String] = []

    func validate() throws {
        // Without answers on the command line, the questions are asked one by one, which needs a person at a terminal.
        guard !answers.isEmpty || !TerminalStreams.inputIsTerminal else { return }
        _ = try parsed(in: QuestionnaireLoader.bundledRiasec())
    }

    /// The answers given, checked against the questionnaire: each id known, each value 0…4, none twice.
    func parsed(in questionnaire: Questionnaire) throws -> [RiasecAnswer] {
        let pairs = answers.flatMap { $0.split(separator: ",") }.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        guard !pairs.isEmpty else {
            throw ValidationError(L("aucune réponse : donnez --answers r1=4,s2=3,…, ou lancez la commande dans un terminal pour répondre question par question",
                                    "no answer: give --answers r1=4,s2=3,…, or run the command in a terminal to answer question by question"))
        }
        var result: [RiasecAnswer] = []
        for pair in pairs {
            let parts = pair.split(separator: "=", omittingEmptySubsequences: false).map(String.init)
            guard parts.count == 2 else {
                throw ValidationError(L("réponse « \(pair) » illisible (attendu : QUESTION=NOTE, comme r1=4)",
                                        "unreadable answer '\(pair)' (expected: QUESTION=RATING, like r1=4)"))
            }
            guard let question = QuestionID(parts[0]), questionnaire.item(question) != nil else {
                throw ValidationError(L("question « \(parts[0]) » inconnue dans le questionnaire \(questionnaire.id) (r1…r8, i1…, a1…, s1…, e1…, c1…c8)",
                                        "unknown question '\(parts[0])' in questionnaire \(questionnaire.id) (r1…r8, i1…, a1…, s1…, e1…, c1…c8)"))
            }
            guard let rating = Int(parts[1]).flatMap(Rating.init) else {
                throw ValidationError(L("réponse « \(parts[1]) » à \(question) impossible (attendu : 0 à 4)",
                                        "impossible answer '\(parts[1])' to \(question) (expected: 0 to 4)"))
            }
            guard !result.contains(where: { $0.question == question }) else {
                throw ValidationError(L("question \(question) donnée deux fois", "question \(question) given twice"))
            }
            result.append(RiasecAnswer(question: question, rating: rating))
        }
        return result
    }

    /// The `--answers` given, applied as `run` saves them (`RiasecAnswersRecorder.apply`).
    func edit(_ project: inout Project, language: Language) throws -> String {
        let questionnaire = try QuestionnaireLoader.bundledRiasec()
        let given = try parsed(in: questionnaire)
        try RiasecAnswersRecorder(global: global, project: project.id, questionnaire: questionnaire).apply(given, to: &project)
        return Self.message(given.count, language)
    }

    static func message(_ count: Int, _ language: Language) -> String {
        language.pick(fr: "Questionnaire RIASEC : \(count) réponse(s)", en: "RIASEC questionnaire: \(count) answer(s)")
    }

    func run() throws {
        try reportingFailures {
            let questionnaire = try QuestionnaireLoader.bundledRiasec()
            let recorder = RiasecAnswersRecorder(global: global, project: project.id, questionnaire: questionnaire)
            guard !answers.isEmpty else { return try InteractiveQuestionnaire(recorder: recorder).run() }
            let given = try parsed(in: questionnaire)
            let saved = try recorder.record(given, message: Self.message(given.count, RunLanguage.current))
            print(recorder.summary(of: saved))
        }
    }
}
