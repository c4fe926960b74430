import JalonCore

/// The counsellors' notes, grouped by the section of the project they are about (in step order), each
/// with its status in a symbol and a word (strength, need, not explored), its author and date.
enum NotesSection {
    static let id = "notes"

    static func render(_ context: DossierHTMLContext, into html: inout HTMLWriter) {
        context.section(id, title: DossierHTML.heading(of: id, context), into: &html) { html in
            let notes = context.project.notes
            guard !notes.isEmpty else {
                context.empty("Aucune note de conseiller.", "No counsellor note.", into: &html)
                return
            }
            let counts = CounsellorNote.Status.allCases.map { status in
                "\(notes.filter { $0.status == status }.count) " + status.label(in: context.language)
            }
            html.element("p", text: context.pick("Bilan : ", "Overview: ") + counts.joined(separator: " · ") + ".")
            for step in Step.allCases {
                let onStep = context.project.notes(on: step)
                guard !onStep.isEmpty else { continue }
                html.element("h3", text: "\(step.number). " + step.title(in: context.language))
                for note in onStep { render(note, context, into: &html) }
            }
        }
    }

    private static func render(_ note: CounsellorNote, _ context: DossierHTMLContext, into html: inout HTMLWriter) {
        html.element("div", ["class": "note", "id": "note-" + note.id.description]) { html in
            html.element("p") { html in
                html.element("span", ["class": "badge " + note.status.rawValue], text: note.status.symbol + " " + note.status.label(in: context.language))
            }
            html.element("p", ["class": "texte"], text: note.texte)
            let who = [note.auteur, note.structure].compactMap { $0 }.joined(separator: ", ")
            html.element("p", ["class": "note-meta"], text: "— " + who + ", " + context.format(note.date))
        }
    }
}
