/// The answers given so far to one version of the RIASEC questionnaire. Answers only make sense with
/// the questionnaire they answer, hence the pair.
public struct RiasecAnswers: Hashable, Sendable {
    /// The questionnaire's identifier and version, such as `jalon-riasec-1`.
    public var questionnaire: String
    /// At most one answer per question (`xs:unique` in the schema); may be empty when just started.
    public var reponses: [RiasecAnswer]

    public init(questionnaire: String, reponses: [RiasecAnswer] = []) {
        self.questionnaire = questionnaire
        self.reponses = reponses
    }
}
