import ArgumentParser
import JalonCore
import JalonLocale
import JalonStore

/// `jalon interests answer ID --answers r1=4,s2=3,…`: answers to the bundled RIASEC questionnaire
/// without the interactive screens, for scripts and the portal. Answers add to (or replace) those
/// already saved; once every question is answered, the profile is computed and saved with them.
struct InterestsAnswerCommand: ProjectEditCommand {
    static let configuration = CommandConfiguration(
        commandName: "answer",
        abstract: L("Enregistre des réponses au questionnaire RIASEC (0 à 4 par question).",
                    "Records answers to the RIASEC questionnaire (0 to 4 per question)."),
        discussion: L("Exemple : jalon interests answer 5f0c… --answers r1=4,i1=2,s1=3",
                      "Example: jalon interests answer 5f0c… --answers r1=4,i1=2,s1=3"))

    @OptionGroup var global: GlobalOptions
    @OptionGroup var project: ProjectIDArgument
    @Option(help: ArgumentHelp(L("Réponses QUESTION=NOTE séparées par des virgules (répétable).",
                                 "Comma-separated QUESTION=RATING answers (repeatable)."), valueName: "r1=4,…"))
    var answers: [String] = []

    func validate() throws { _ = try parsed(in: QuestionnaireLoader.bundledRiasec()) }

    /// The answers given, checked against the questionnaire: each id known, each value 0…4, none twice.
    func parsed(in questionnaire: Questionnaire) throws -> [RiasecAnswer] {
        let pairs = answers.flatMap { $0.split(separator: ",") }.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        guard !pairs.isEmpty else {
            throw ValidationError(L("aucune réponse : donnez --answers r1=4,s2=3,…", "no answer: give --answers r1=4,s2=3,…"))
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

    func edit(_ project: inout Project, language: Language) throws -> String {
        try edit(&project, questionnaire: QuestionnaireLoader.bundledRiasec(), language: language)
    }

    /// The answers added to those saved, and the profile once all are there.
    func edit(_ project: inout Project, questionnaire: Questionnaire, language: Language) throws -> String {
        let given = try parsed(in: questionnaire)
        var interets = project.interets ?? Interets()
        // Answers to another questionnaire (or version) cannot be scored with this key: start over.
        var riasec = interets.riasec.flatMap { $0.questionnaire == questionnaire.id ? $0 : nil }
            ?? RiasecAnswers(questionnaire: questionnaire.id)
        for answer in given {
            riasec.reponses.removeAll { $0.question == answer.question }
            riasec.reponses.append(answer)
        }
        // Questionnaire order, so the saved document reads like the questionnaire.
        let order = Dictionary(uniqueKeysWithValues: questionnaire.items.enumerated().map { ($1.id, $0) })
        riasec.reponses.sort { order[$0.question, default: .max] < order[$1.question, default: .max] }
        guard riasec != interets.riasec else {
            throw CommandFailure(message: language.pick(fr: "ces réponses sont déjà enregistrées : rien n’est enregistré",
                                                        en: "these answers are already recorded: nothing saved"),
                                 exitCode: JalonExitCode.invalidData)
        }
        interets.riasec = riasec
        if riasec.reponses.count == questionnaire.items.count {
            interets.profil = try questionnaire.profile(for: riasec).riasecProfile(computed: .now())
        }
        project.interets = interets
        project.recordChange(of: .interets)
        return language.pick(fr: "Questionnaire RIASEC : \(given.count) réponse(s)", en: "RIASEC questionnaire: \(given.count) answer(s)")
    }

    func run() throws {
        let language = RunLanguage.current
        try reportingFailures {
            let questionnaire = try QuestionnaireLoader.bundledRiasec()
            let saved = try mutateProject(global, project.id) { try edit(&$0, questionnaire: questionnaire, language: language) }
            let count = saved.interets?.riasec?.reponses.count ?? 0
            print(language.pick(fr: "Réponses enregistrées : \(count) sur \(questionnaire.items.count).",
                                en: "Answers recorded: \(count) of \(questionnaire.items.count)."))
            if count == questionnaire.items.count, let profil = saved.interets?.profil {
                print(language.pick(fr: "Profil RIASEC : \(profil.code)", en: "RIASEC profile: \(profil.code)"))
            }
        }
    }
}
