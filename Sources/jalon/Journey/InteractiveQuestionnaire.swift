import JalonCore
import JalonLocale

/// `jalon interets answer ID` at a terminal: the bundled questionnaire one item at a time. Keys 0–4
/// answer, Enter keeps an answer already given, `p` goes back one item, `q` (or Ctrl-D, Ctrl-C, end of
/// input) stops. Each answer is its own revision, saved before the next item is shown, so a session
/// stopped in any way, even killed, resumes at the first unanswered item.
struct InteractiveQuestionnaire {
    let recorder: RiasecAnswersRecorder

    private var questionnaire: Questionnaire { recorder.questionnaire }
    private var items: [QuestionnaireItem] { questionnaire.items }

    func run() throws {
        let language = RunLanguage.current
        let project = try recorder.global.repository().load(recorder.project).project
        var answers = Dictionary(uniqueKeysWithValues: recorder.saved(in: project).reponses.map { ($0.question, $0.rating) })
        guard answers.count < items.count else {
            print(recorder.summary(of: project))
            print(
                L(
                    "Le questionnaire est complet ; pour changer une réponse : jalon interets answer \(recorder.project) --answers r1=NOTE",
                    "The questionnaire is complete; to change an answer: jalon interets answer \(recorder.project) --answers r1=RATING"))
            return
        }
        print(questionnaire.title.text(in: language))
        print(questionnaire.instructions.text(in: language))
        print(
            L(
                "Touches : 0 à 4 pour répondre, p question précédente, q pour reprendre plus tard (chaque réponse est enregistrée aussitôt).",
                "Keys: 0 to 4 to answer, p previous question, q to resume later (each answer is saved at once)."))
        print("")

        var saved = project
        var index = firstUnanswered(from: 0, answers) ?? 0
        var block = LiveBlock()
        do {
            let keyboard = RawKeyboard()
            defer { block.close() }
            var redraw = true
            session: while true {
                let item = items[index]
                if redraw { block.draw(screen(for: index, answers, language)) }
                redraw = true
                switch keyboard.next() {
                case .character(let key) where ("0"..."4").contains(key):
                    let rating = Rating(key.wholeNumberValue!)!
                    if !block.inPlace { TerminalStreams.write("→ \(rating) \(questionnaire.label(of: rating).text(in: language))\n") }
                    if answers[item.id] != rating {
                        saved = try recorder.record(
                            AnswerQuestionnaireEdit(answers: [(item.id.rawValue, rating.value)]),
                            message: L("Réponse \(item.id) : \(rating)", "Answer \(item.id): \(rating)"))
                        answers[item.id] = rating
                    }
                    guard let next = firstUnanswered(from: index + 1, answers) else { break session }
                    index = next
                case .enter where answers[item.id] != nil:
                    guard let next = firstUnanswered(from: index + 1, answers) else { break session }
                    index = next
                case .character("p"), .character("P"):
                    index = max(0, index - 1)
                case .character("q"), .character("Q"), .end:
                    break session
                default:
                    redraw = false  // a key that means nothing: keep waiting on the same screen
                }
            }
            if answers.count == items.count { block.draw(screen(for: nil, answers, language)) }
        }
        if answers.count == items.count {
            print(recorder.summary(of: saved))
        } else {
            print(
                L(
                    "Arrêt : \(answers.count) réponse(s) sur \(items.count) enregistrée(s). Pour reprendre : jalon interets answer \(recorder.project)",
                    "Stopped: \(answers.count) of \(items.count) answers recorded. To resume: jalon interets answer \(recorder.project)"))
        }
    }

    /// The first item without an answer from `start` on, wrapping round; nil once all are answered.
    private func firstUnanswered(from start: Int, _ answers: [QuestionID: Rating]) -> Int? {
        let order = Array(start..<items.count) + Array(0..<min(start, items.count))
        return order.first { answers[items[$0].id] == nil }
    }

    /// Progress, the item and its number, the scale, the answer already given, the prompt; only the
    /// progress once every item is answered (`index` nil).
    private func screen(for index: Int?, _ answers: [QuestionID: Rating], _ language: Language) -> [String] {
        let progress = ProgressBar.render(done: answers.count, total: items.count)
        guard let index else { return [progress] }
        let item = items[index]
        var lines = [progress, "\(index + 1). \(item.text.text(in: language))"]
        lines.append("   " + Rating.range.map { "\($0) \(questionnaire.scale[$0].text(in: language))" }.joined(separator: " · "))
        if let given = answers[item.id] {
            lines.append(
                L(
                    "   Réponse enregistrée : \(given) (\(questionnaire.label(of: given).text(in: language))) ; Entrée pour la garder",
                    "   Recorded answer: \(given) (\(questionnaire.label(of: given).text(in: language))); Enter to keep it"))
        }
        lines.append(L("Votre réponse (0–4, p précédente, q plus tard) : ", "Your answer (0–4, p previous, q later): "))
        return lines
    }
}
