/// A version of the RIASEC interest questionnaire: its items with their scoring key and the labels
/// of the five-point answer scale. Shipped as data (`Resources/Questionnaires/riasec-1.xml`); project
/// documents keep only its `id` and the answers, so wording can improve without touching them.
public struct Questionnaire: Hashable, Sendable {
    /// Identifier and version together, such as `jalon-riasec-1`, as written in
    /// `<riasec questionnaire="…">`.
    public let id: String
    public let title: LocalizedText
    /// What to tell the person before the first item.
    public let instructions: LocalizedText
    /// The labels of the answers 0…4, in that order.
    public let scale: [LocalizedText]
    /// In presentation order.
    public let items: [QuestionnaireItem]

    /// Checks what scoring relies on: one label per answer value, unique item ids, every type asked.
    public init(
        id: String, title: LocalizedText, instructions: LocalizedText, scale: [LocalizedText], items: [QuestionnaireItem]
    ) throws(QuestionnaireError) {
        guard scale.count == Rating.range.count else { throw .scaleSize(found: scale.count) }
        var seen = Set<QuestionID>()
        for item in items where !seen.insert(item.id).inserted { throw .duplicateItem(item.id) }
        for type in RiasecType.allCases where !items.contains(where: { $0.type == type }) {
            throw .typeWithoutItems(type)
        }
        self.id = id
        self.title = title
        self.instructions = instructions
        self.scale = scale
        self.items = items
    }

    public func item(_ id: QuestionID) -> QuestionnaireItem? { items.first { $0.id == id } }

    public func items(of type: RiasecType) -> [QuestionnaireItem] { items.filter { $0.type == type } }

    public func label(of rating: Rating) -> LocalizedText { scale[rating.value] }
}
