/// The person's sharing choice for one counsellor (`ConsentChange`), as an edit every door applies the
/// same way: the CLI's `jalon partage`, the API's `PUT …/partage` and the web page's form. One revision each.
public struct ConsentEdit: ProjectEdit {
    public var change: ConsentChange

    public init(counsellor: String, grant: Grant?) { change = ConsentChange(counsellor: counsellor, grant: grant) }

    public func apply(to project: inout Project, in context: EditContext) throws(EditFailure) -> EditResult<Void> {
        let before = project.consent
        let message: String
        do { message = try change.apply(to: &project, in: context.language) } catch {
            throw .invalid("counsellor", fr: error.message(in: .fr), en: error.message(in: .en))
        }
        guard project.consent != before else {
            throw .unchanged(
                "counsellor", fr: "ce conseiller voit déjà exactement cela : rien n’est enregistré",
                en: "this counsellor already sees exactly this: nothing saved")
        }
        // The choice is about the dossier the synthèse shares; no section of the journey changes, so
        // nothing is marked à revoir (no `recordChange`).
        return EditResult(message: message, step: .synthese)
    }
}

extension ConsentEdit {
    /// The edit from the words each door takes (`--donnees name,place`, a JSON list, a form's boxes):
    /// personal data and sections, each word a raw value, `all` or `none`. Both nil: back to the
    /// default; sections alone default to none personal, data alone to every section.
    public init(counsellor: String, personal: [String]?, sections: [String]?) throws(EditFailure) {
        guard personal != nil || sections != nil else { self.init(counsellor: counsellor, grant: nil); return }
        self.init(
            counsellor: counsellor,
            grant: Grant(
                personal: try Self.words(personal ?? ["none"], field: "personal"),
                sections: try Self.words(sections ?? ["all"], field: "sections")))
    }

    static func words<Word: RawRepresentable & CaseIterable & Hashable>(_ words: [String], field: String) throws(EditFailure) -> Set<Word>
    where Word.RawValue == String {
        var found = Set<Word>()
        for word in words.map(\.trimmingWhitespace) where !word.isEmpty {
            if word == "all" { found = Set(Word.allCases); continue }
            if word == "none" { continue }
            guard let value = Word(rawValue: word) else {
                let known = Word.allCases.map(\.rawValue).joined(separator: ", ")
                throw .invalid(
                    field, fr: "\(field) : « \(word) » inconnu (attendu : \(known), all, none)",
                    en: "\(field): unknown '\(word)' (expected: \(known), all, none)")
            }
            found.insert(value)
        }
        return found
    }
}
