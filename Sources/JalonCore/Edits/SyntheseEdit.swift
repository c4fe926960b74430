/// Step 7: the synthèse's paragraphs, replaced; when it was last shared is kept (sharing is a separate act).
public struct SyntheseEdit: ProjectEdit {
    public var paragraphes: [String]

    public init(paragraphes: [String]) { self.paragraphes = paragraphes }

    public func checked() throws(EditFailure) -> [String] {
        let paragraphs = paragraphes.map(\.trimmingWhitespace)
        guard !paragraphs.isEmpty, !paragraphs.contains(where: \.isEmpty) else {
            throw .invalid(
                "paragraphes", fr: "la synthèse demande au moins un paragraphe, et aucun vide",
                en: "the summary needs at least one paragraph, and no empty one")
        }
        return paragraphs
    }

    public func apply(to project: inout Project, in context: EditContext) throws(EditFailure) -> EditResult<Void> {
        let paragraphes = try checked()
        var synthese = project.synthese ?? Synthese()
        guard synthese.paragraphes != paragraphes else {
            throw .unchanged("paragraphes", fr: "la synthèse a déjà ce texte : rien n’est enregistré", en: "the summary already has this text: nothing saved")
        }
        synthese.paragraphes = paragraphes
        project.synthese = synthese
        project.recordChange(of: .synthese)
        return EditResult(
            message: context.pick(fr: "Synthèse écrite (\(paragraphes.count) paragraphe(s))", en: "Summary written (\(paragraphes.count) paragraph(s))"),
            step: .synthese)
    }
}
