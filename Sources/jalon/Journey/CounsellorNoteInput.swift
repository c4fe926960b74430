import ArgumentParser
import JalonCore

/// A counsellor's note typed on the command line, for `jalon note add` (in the person's store) and
/// `jalon dossier annotate` (in a dossier): the checks are JalonCore's (`CounsellorNoteDraft`), their
/// failures usage errors here.
enum CounsellorNoteInput {
    static var steps: String { CounsellorNoteDraft.steps }
    static var statuses: String { CounsellorNoteDraft.statuses }

    static func step(_ section: String) throws -> Step { try validating { try CounsellorNoteDraft.step(section) } }
    static func status(_ status: String) throws -> CounsellorNote.Status { try validating { try CounsellorNoteDraft.status(status) } }

    static func author(_ author: String) throws -> String {
        guard !author.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            throw ValidationError(L("--author ne peut pas être vide", "--author cannot be empty"))
        }
        return try validating { try CounsellorNoteDraft.author(author) }
    }

    static func text(_ text: String) throws -> String { try validating { try CounsellorNoteDraft.text(text) } }
    static func structure(_ structure: String?) -> String? { CounsellorNoteDraft.structure(structure) }
}
