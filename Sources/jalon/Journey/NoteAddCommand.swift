import ArgumentParser
import JalonCore
import JalonLocale
import JalonStore

/// `jalon note add ID --section STEP --status S --author NAME TEXT`: a counsellor's note; the revision
/// is authored by that counsellor, so the history says who wrote what.
struct NoteAddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: L("Ajoute une note de conseiller sur une section.", "Adds a counsellor's note on a section."),
        discussion: L(
            "Exemple : jalon note add 5f0c… --section profil --status point-appui --author \"C. Martin\" --structure \"Mission locale\" \"Projet clair\"",
            "Example: jalon note add 5f0c… --section profil --status point-appui --author \"C. Martin\" --structure \"Mission locale\" \"Clear project\""))

    @OptionGroup var global: GlobalOptions
    @OptionGroup var project: ProjectIDArgument
    @Option(help: ArgumentHelp(L("Section (étape) : \(Self.steps).", "Section (step): \(Self.steps)."), valueName: "STEP"))
    var section: String
    @Option(help: ArgumentHelp(L("Statut : \(Self.statuses).", "Status: \(Self.statuses)."), valueName: "STATUS"))
    var status: String
    @Option(help: ArgumentHelp(L("Nom du conseiller.", "Counsellor's name."), valueName: "NAME"))
    var author: String
    @Option(help: ArgumentHelp(L("Structure du conseiller.", "Counsellor's service."), valueName: "S"))
    var structure: String?
    @Argument(help: ArgumentHelp(L("Texte de la note.", "Text of the note."), valueName: "TEXT"))
    var text: String

    static var steps: String { CounsellorNoteDraft.steps }
    static var statuses: String { CounsellorNoteDraft.statuses }

    func validate() throws {
        _ = try CounsellorNoteInput.author(author)
        _ = try validating { try draft.note(id: NoteID("n1")!, date: .now()) }
    }

    var draft: CounsellorNoteDraft { CounsellorNoteDraft(section: section, status: status, author: author, structure: structure, text: text) }

    func run() throws {
        let language = RunLanguage.current
        try reportingFailures {
            let name = try CounsellorNoteDraft.author(author)
            let added = try applyEdit(global, project.id, author: RevisionAuthor(role: .counsellor, name: name), AddNoteEdit(draft)).result.change
            print(language.pick(fr: "Note \(added.id) ajoutée.", en: "Note \(added.id) added."))
        }
    }
}
