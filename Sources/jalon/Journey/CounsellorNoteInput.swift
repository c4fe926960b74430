import ArgumentParser
import Foundation
import JalonCore

/// The checks of a counsellor's note typed on the command line, shared by `jalon note add` (in the
/// person's store) and `jalon dossier annotate` (in a dossier), so both refuse the same things the same way.
enum CounsellorNoteInput {
    static var steps: String { Step.allCases.map(\.rawValue).joined(separator: ", ") }
    static var statuses: String { CounsellorNote.Status.allCases.map(\.rawValue).joined(separator: ", ") }

    static func step(_ section: String) throws -> Step {
        guard let step = Step(rawValue: section) else {
            throw ValidationError(L("section inconnue « \(section) » (attendu : \(steps))", "unknown section '\(section)' (expected: \(steps))"))
        }
        return step
    }

    static func status(_ status: String) throws -> CounsellorNote.Status {
        guard let value = CounsellorNote.Status(rawValue: status) else {
            throw ValidationError(L("statut inconnu « \(status) » (attendu : \(statuses))", "unknown status '\(status)' (expected: \(statuses))"))
        }
        return value
    }

    static func author(_ author: String) throws -> String {
        let name = author.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !name.isEmpty else { throw ValidationError(L("--author ne peut pas être vide", "--author cannot be empty")) }
        return name
    }

    static func text(_ text: String) throws -> String {
        let texte = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !texte.isEmpty else { throw ValidationError(L("le texte de la note ne peut pas être vide", "the note's text cannot be empty")) }
        return texte
    }

    /// The service, nil when not given or blank.
    static func structure(_ structure: String?) -> String? {
        let service = structure?.trimmingCharacters(in: .whitespacesAndNewlines)
        return service?.isEmpty == false ? service : nil
    }
}
