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
        discussion: L("Exemple : jalon note add 5f0c… --section profil --status point-appui --author \"C. Martin\" --structure \"Mission locale\" \"Projet clair\"",
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

    static var steps: String { CounsellorNoteInput.steps }
    static var statuses: String { CounsellorNoteInput.statuses }

    func validate() throws { _ = try note(id: NoteID("n1")!) }

    func note(id: NoteID) throws -> CounsellorNote {
        let step = try CounsellorNoteInput.step(section), noteStatus = try CounsellorNoteInput.status(status)
        return CounsellorNote(id: id, auteur: try CounsellorNoteInput.author(author), structure: CounsellorNoteInput.structure(structure),
                              date: .now(), section: step, status: noteStatus, texte: try CounsellorNoteInput.text(text))
    }

    func run() throws {
        let language = RunLanguage.current
        try reportingFailures {
            let name = try CounsellorNoteInput.author(author)
            var added: CounsellorNote?
            try mutateProject(global, project.id, author: RevisionAuthor(role: .counsellor, name: name)) { project in
                let note = try note(id: nextLocalID(prefix: "n", after: project.notes.map(\.id)))
                project.notes.append(note)
                added = note
                return language.pick(fr: "Note \(note.id) de \(name) sur l’étape \(note.section.title(in: language))",
                                     en: "Note \(note.id) by \(name) on step \(note.section.title(in: language))")
            }
            if let added { print(language.pick(fr: "Note \(added.id) ajoutée.", en: "Note \(added.id) added.")) }
        }
    }
}
