/// A counsellor's note on a step: the fields checked once, for the project (`AddNoteEdit`) and for a
/// dossier being annotated alike.
public struct CounsellorNoteDraft: Sendable {
    public var section: String
    public var status: String
    public var author: String
    public var structure: String?
    public var text: String

    public init(section: String, status: String, author: String, structure: String? = nil, text: String) {
        self.section = section
        self.status = status
        self.author = author
        self.structure = structure
        self.text = text
    }

    public static var steps: String { Step.allCases.map(\.rawValue).joined(separator: ", ") }
    public static var statuses: String { CounsellorNote.Status.allCases.map(\.rawValue).joined(separator: ", ") }

    public static func step(_ section: String) throws(EditFailure) -> Step {
        guard let step = Step(rawValue: section) else {
            throw .invalid("section", fr: "section inconnue « \(section) » (attendu : \(steps))", en: "unknown section '\(section)' (expected: \(steps))")
        }
        return step
    }

    public static func status(_ status: String) throws(EditFailure) -> CounsellorNote.Status {
        guard let value = CounsellorNote.Status(rawValue: status) else {
            throw .invalid("status", fr: "statut inconnu « \(status) » (attendu : \(statuses))", en: "unknown status '\(status)' (expected: \(statuses))")
        }
        return value
    }

    public static func author(_ author: String) throws(EditFailure) -> String {
        let name = author.trimmingWhitespace
        guard !name.isEmpty else { throw .invalid("author", fr: "l’auteur ne peut pas être vide", en: "the author cannot be empty") }
        return name
    }

    public static func text(_ text: String) throws(EditFailure) -> String {
        let texte = text.trimmingWhitespace
        guard !texte.isEmpty else { throw .invalid("text", fr: "le texte de la note ne peut pas être vide", en: "the note's text cannot be empty") }
        return texte
    }

    /// The service, nil when not given or blank.
    public static func structure(_ structure: String?) -> String? {
        let service = structure?.trimmingWhitespace
        return service?.isEmpty == false ? service : nil
    }

    /// The note with id `id`, dated `date`, every field checked.
    public func note(id: NoteID, date: Timestamp) throws(EditFailure) -> CounsellorNote {
        CounsellorNote(
            id: id, auteur: try Self.author(author), structure: Self.structure(structure), date: date,
            section: try Self.step(section), status: try Self.status(status), texte: try Self.text(text))
    }
}

/// A counsellor adds a note on a step (the revision is authored by that counsellor).
public struct AddNoteEdit: ProjectEdit {
    public var draft: CounsellorNoteDraft

    public init(_ draft: CounsellorNoteDraft) { self.draft = draft }

    public func apply(to project: inout Project, in context: EditContext) throws(EditFailure) -> EditResult<CounsellorNote> {
        let note = try draft.note(id: NoteID.next(prefix: "n", after: project.notes.map(\.id)), date: context.now)
        // A counsellor annotates only what the person lets them see (`Consent`).
        guard project.consent.grant(for: note.auteur).sections.contains(note.section) else {
            throw .refused(
                "section", fr: "l’étape \(note.section.title(in: .fr)) n’est pas partagée avec \(note.auteur)",
                en: "step \(note.section.title(in: .en)) is not shared with \(note.auteur)")
        }
        project.notes.append(note)
        return EditResult(
            message: context.pick(
                fr: "Note \(note.id) de \(note.auteur) sur l’étape \(note.section.title(in: .fr))",
                en: "Note \(note.id) by \(note.auteur) on step \(note.section.title(in: .en))"),
            step: note.section, change: note)
    }
}

/// A counsellor rewrites their own note (status and text); another counsellor's note is not theirs to change.
public struct EditNoteEdit: ProjectEdit {
    public var note: String
    public var author: String
    public var status: String?
    public var text: String?

    public init(note: String, author: String, status: String? = nil, text: String? = nil) {
        self.note = note
        self.author = author
        self.status = status
        self.text = text
    }

    public func apply(to project: inout Project, in context: EditContext) throws(EditFailure) -> EditResult<CounsellorNote> {
        // A note on a step the person does not share with this counsellor is one they cannot see: not found.
        let sections = project.consent.grant(for: author.trimmingWhitespace).sections
        guard let id = NoteID(note), let index = project.notes.firstIndex(where: { $0.id == id && sections.contains($0.section) }) else {
            throw .notFound("note", fr: "aucune note « \(note) » dans le projet", en: "no note '\(note)' in the project")
        }
        guard project.notes[index].auteur == (try CounsellorNoteDraft.author(author)) else {
            throw .refused(
                "note", fr: "la note \(id) est de \(project.notes[index].auteur) : seul son auteur la modifie",
                en: "note \(id) is by \(project.notes[index].auteur): only its author changes it")
        }
        guard status != nil || text != nil else {
            throw .invalid("note", fr: "rien à changer : donnez status ou text", en: "nothing to change: give status or text")
        }
        var changed = project.notes[index]
        if let status { changed.status = try CounsellorNoteDraft.status(status) }
        if let text { changed.texte = try CounsellorNoteDraft.text(text) }
        guard changed != project.notes[index] else {
            throw .unchanged("note", fr: "la note \(id) a déjà ce contenu : rien n’est enregistré", en: "note \(id) already has this content: nothing saved")
        }
        changed.date = context.now
        project.notes[index] = changed
        return EditResult(
            message: context.pick(fr: "Note \(id) modifiée par \(changed.auteur)", en: "Note \(id) changed by \(changed.auteur)"),
            step: changed.section, change: changed)
    }
}
