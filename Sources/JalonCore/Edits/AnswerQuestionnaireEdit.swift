/// Step 2: answers to the RIASEC questionnaire, added to (or replacing, item by item) those already
/// saved; the revision that completes the questionnaire also holds the profile and its Holland code.
/// Answering an item again with the same value changes nothing (idempotent per item).
public struct AnswerQuestionnaireEdit: ProjectEdit {
    /// Question id (`r1`…`c8`) → rating 0…4, as typed.
    public var answers: [(question: String, rating: Int)]

    public init(answers: [(question: String, rating: Int)]) { self.answers = answers }

    /// The answers checked against `questionnaire`: each id known, each value 0…4, none twice.
    public func checked(in questionnaire: Questionnaire) throws(EditFailure) -> [RiasecAnswer] {
        guard !answers.isEmpty else {
            throw .invalid("answers", fr: "aucune réponse donnée", en: "no answer given")
        }
        var result: [RiasecAnswer] = []
        for (text, value) in answers {
            guard let question = QuestionID(text), questionnaire.item(question) != nil else {
                throw .invalid(
                    "answers.\(text)", fr: "question « \(text) » inconnue dans le questionnaire \(questionnaire.id) (r1…r8, i1…, a1…, s1…, e1…, c1…c8)",
                    en: "unknown question '\(text)' in questionnaire \(questionnaire.id) (r1…r8, i1…, a1…, s1…, e1…, c1…c8)")
            }
            guard let rating = Rating(value) else {
                throw .invalid(
                    "answers.\(text)", fr: "réponse « \(value) » à \(question) impossible (attendu : 0 à 4)",
                    en: "impossible answer '\(value)' to \(question) (expected: 0 to 4)")
            }
            guard !result.contains(where: { $0.question == question }) else {
                throw .invalid("answers.\(text)", fr: "question \(question) donnée deux fois", en: "question \(question) given twice")
            }
            result.append(RiasecAnswer(question: question, rating: rating))
        }
        return result
    }

    public func apply(to project: inout Project, in context: EditContext) throws(EditFailure) -> EditResult<Void> {
        let questionnaire = try context.requireQuestionnaire("answers")
        let given = try checked(in: questionnaire)
        var interets = project.interets ?? Interets()
        var riasec = questionnaire.answers(in: project)
        for answer in given {
            riasec.reponses.removeAll { $0.question == answer.question }
            riasec.reponses.append(answer)
        }
        // Questionnaire order, so the saved document reads like the questionnaire.
        let order = Dictionary(uniqueKeysWithValues: questionnaire.items.enumerated().map { ($1.id, $0) })
        riasec.reponses.sort { order[$0.question, default: .max] < order[$1.question, default: .max] }
        guard riasec != interets.riasec else {
            throw .unchanged(
                "answers", fr: "ces réponses sont déjà enregistrées : rien n’est enregistré",
                en: "these answers are already recorded: nothing saved")
        }
        interets.riasec = riasec
        if riasec.reponses.count == questionnaire.items.count {
            do {
                interets.profil = try questionnaire.profile(for: riasec).riasecProfile(computed: context.now)
            } catch {
                throw .invalid("answers", fr: error.message(in: .fr), en: error.message(in: .en))
            }
        }
        project.interets = interets
        project.recordChange(of: .interets)
        return EditResult(
            message: context.pick(fr: "Questionnaire RIASEC : \(given.count) réponse(s)", en: "RIASEC questionnaire: \(given.count) answer(s)"),
            step: .interets)
    }
}

extension Questionnaire {
    /// The answers `project` holds for this questionnaire; answers to another one (or another version)
    /// cannot be scored with this key and do not count.
    public func answers(in project: Project) -> RiasecAnswers {
        project.interets?.riasec.flatMap { $0.questionnaire == id ? $0 : nil } ?? RiasecAnswers(questionnaire: id)
    }
}
