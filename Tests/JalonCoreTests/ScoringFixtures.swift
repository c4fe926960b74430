import JalonCore
import JalonTestSupport

enum ScoringFixtures {
    /// The shape of `jalon-riasec-1` (ids r1…c8, eight per type, none reversed) with placeholder
    /// texts: JalonCore's tests cannot read the XML, JalonStore's tests check the real file.
    static let riasecShaped: Questionnaire = questionnaire(itemsPerType: 8)

    static func questionnaire(id: String = "jalon-riasec-1", itemsPerType: Int, reversed: Set<String> = []) -> Questionnaire {
        let items = (1...itemsPerType).flatMap { number in
            RiasecType.allCases.map { type in
                let id = "\(type.rawValue.lowercased())\(number)"
                return QuestionnaireItem(
                    id: QuestionID(id)!, type: type, text: LocalizedText(fr: "activité \(id)", en: "activity \(id)"),
                    isReversed: reversed.contains(id))
            }
        }
        let scale = (0...4).map { LocalizedText(fr: "niveau \($0)", en: "level \($0)") }
        return try! Questionnaire(
            id: id, title: LocalizedText(fr: "Test", en: "Test"),
            instructions: LocalizedText(fr: "Répondez.", en: "Answer."), scale: scale, items: items)
    }

    static func answers(_ pairs: [(String, Int)], questionnaire: String = "jalon-riasec-1") -> RiasecAnswers {
        RiasecAnswers(
            questionnaire: questionnaire,
            reponses: pairs.map { RiasecAnswer(question: QuestionID($0.0)!, rating: Rating($0.1)!) })
    }

    /// Answers to a random subset of `questionnaire`'s items (each kept with probability 3/4).
    static func randomAnswers(to questionnaire: Questionnaire, using generator: inout SeededGenerator) -> RiasecAnswers {
        let pairs = questionnaire.items.compactMap { item -> (String, Int)? in
            Int.random(in: 0..<4, using: &generator) == 0 ? nil : (item.id.rawValue, Int.random(in: 0...4, using: &generator))
        }
        return answers(pairs, questionnaire: questionnaire.id)
    }
}
