import ArgumentParser
import JalonCore
import JalonDossier

/// `jalon dossier annotate FILE … -o OUT`: a counsellor adds a note to the dossier a person sent (or
/// changes one with `--note nN`) and writes the annotated dossier, with `<annotation>` and a new
/// fingerprint, for the person to bring back with `jalon import`. An altered dossier is refused.
struct DossierAnnotateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "annotate",
        abstract: L(
            "Ajoute ou modifie une note de conseiller dans un dossier XML et écrit le dossier annoté.",
            "Adds or changes a counsellor's note in an XML dossier and writes the annotated dossier."),
        discussion: L(
            """
            La personne reprend les notes avec jalon import DOSSIER-ANNOTÉ.
            Exemples : jalon dossier annotate dossier.xml --section plan --status besoin --author "Mme Durand" "Financement à vérifier" -o annote.xml
                       jalon dossier annotate dossier.xml --note n2 --status point-appui --author "Mme Durand" -o annote.xml
            """,
            """
            The person takes the notes back with jalon import ANNOTATED-DOSSIER.
            Examples: jalon dossier annotate dossier.xml --section plan --status besoin --author "Mme Durand" "Check the funding" -o annotated.xml
                      jalon dossier annotate dossier.xml --note n2 --status point-appui --author "Mme Durand" -o annotated.xml
            """))

    @OptionGroup var global: GlobalOptions
    @Argument(help: ArgumentHelp(L("Dossier XML reçu.", "XML dossier received."), valueName: "FILE"))
    var file: String
    @Option(
        help: ArgumentHelp(
            L(
                "Note existante à modifier (nN) ; sinon une note est ajoutée.",
                "Existing note to change (nN); else a note is added."), valueName: "ID"))
    var note: String?
    @Option(help: ArgumentHelp(L("Section (étape) : \(CounsellorNoteInput.steps).", "Section (step): \(CounsellorNoteInput.steps)."), valueName: "STEP"))
    var section: String?
    @Option(help: ArgumentHelp(L("Statut : \(CounsellorNoteInput.statuses).", "Status: \(CounsellorNoteInput.statuses)."), valueName: "STATUS"))
    var status: String?
    @Option(help: ArgumentHelp(L("Nom du conseiller.", "Counsellor's name."), valueName: "NAME"))
    var author: String
    @Option(help: ArgumentHelp(L("Structure du conseiller.", "Counsellor's service."), valueName: "S"))
    var structure: String?
    @Argument(help: ArgumentHelp(L("Texte de la note.", "Text of the note."), valueName: "TEXT"))
    var text: String?
    @Option(
        name: .shortAndLong,
        help: ArgumentHelp(
            L(
                "Dossier annoté à écrire (- pour la sortie standard).",
                "Annotated dossier to write (- for standard output)."), valueName: "OUT"))
    var output: String

    func validate() throws {
        _ = try CounsellorNoteInput.author(author)
        if let section { _ = try CounsellorNoteInput.step(section) }
        if let status { _ = try CounsellorNoteInput.status(status) }
        if let text { _ = try CounsellorNoteInput.text(text) }
        if note == nil, section == nil || status == nil || text == nil {
            throw ValidationError(
                L(
                    "une nouvelle note demande --section, --status et son texte (ou --note nN pour en modifier une)",
                    "a new note needs --section, --status and its text (or --note nN to change one)"))
        }
        if note != nil, section == nil, status == nil, text == nil {
            throw ValidationError(
                L(
                    "--note demande ce qui change : --section, --status ou le texte",
                    "--note needs what changes: --section, --status or the text"))
        }
    }

    func run() throws {
        try reportingFailures {
            let received = try readDossier(file)
            guard received.isIntact else {
                throw CommandFailure(
                    message: "\(file) : "
                        + DossierReadError.alteredSentence(
                            stated: received.fingerprintStated, computed: received.fingerprintComputed, in: RunLanguage.current)
                        + L(" ; il n’a pas été annoté", "; it was not annotated"), exitCode: JalonExitCode.invalidData)
            }
            var dossier = received.dossier
            let now = Timestamp.now()
            let name = try CounsellorNoteInput.author(author), service = CounsellorNoteInput.structure(structure)
            let changed = try apply(to: &dossier.project.notes, name: name, service: service, now: now)
            dossier.fingerprint = try Dossier.fingerprint(of: dossier.project)
            dossier.annotation = DossierAnnotation(
                originFingerprint: received.annotation?.originFingerprint ?? received.fingerprintStated,
                date: now, counsellor: name, structure: service,
                originSignature: received.signature ?? received.annotation?.originSignature)
            // Signed again by this service's key when it has one; the received signature stays inside the annotation.
            let bytes = try global.dossierXML(dossier)
            // What is written must read back: a note the project schema refuses is refused here, not at the person's.
            _ = try DossierXML.read(bytes: bytes, sourceName: output)
            try writeOutput(bytes, to: output)
            let message = L(
                "note \(changed.id) \(note == nil ? "ajoutée" : "modifiée") ; dossier annoté, empreinte \(dossier.fingerprint)",
                "note \(changed.id) \(note == nil ? "added" : "changed"); annotated dossier, fingerprint \(dossier.fingerprint)")
            if output == "-" { printError(message) } else { print(message) }
        }
    }

    /// Adds the new note, or changes note `--note`; returns it.
    private func apply(to notes: inout [CounsellorNote], name: String, service: String?, now: Timestamp) throws -> CounsellorNote {
        guard let note else {
            let added = CounsellorNote(
                id: NoteID.next(prefix: "n", after: notes.map(\.id)), auteur: name, structure: service, date: now,
                section: try CounsellorNoteInput.step(section ?? ""), status: try CounsellorNoteInput.status(status ?? ""),
                texte: try CounsellorNoteInput.text(text ?? ""))
            notes.append(added)
            return added
        }
        guard let index = notes.firstIndex(where: { $0.id.rawValue == note }) else {
            let known = notes.map(\.id.rawValue).joined(separator: ", ")
            throw CommandFailure(
                message: L(
                    "le dossier n’a pas de note « \(note) » (notes : \(known.isEmpty ? "aucune" : known))",
                    "the dossier has no note '\(note)' (notes: \(known.isEmpty ? "none" : known))"),
                exitCode: JalonExitCode.usage)
        }
        let old = notes[index]
        notes[index] = CounsellorNote(
            id: old.id, auteur: name, structure: service, date: now,
            section: try section.map(CounsellorNoteInput.step) ?? old.section,
            status: try status.map(CounsellorNoteInput.status) ?? old.status,
            texte: try text.map(CounsellorNoteInput.text) ?? old.texte)
        return notes[index]
    }
}
