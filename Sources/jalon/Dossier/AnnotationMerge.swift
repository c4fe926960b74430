import ArgumentParser
import JalonDossier
import JalonStore

/// `jalon import` of an XML dossier: the counsellor's notes merged into the person's project
/// (`AnnotationImport`), and what happened said in one or two sentences.
struct AnnotationMerge {
    var file: String
    var keepBoth: Bool
    var json: Bool

    struct Output: Encodable {
        var id: String
        /// The revision saved; nil when there was nothing new.
        var revision: Int?
        var changes: [String]
        var conflictsKeptBoth: [String]
        var otherChangesIgnored: Bool
    }

    func run(_ dossier: DossierFile, into repository: ProjectRepository) throws {
        let outcome: AnnotationImport.Outcome
        do {
            outcome = try AnnotationImport(repository: repository).merge(dossier, keepingBoth: keepBoth, language: RunLanguage.current)
        } catch {
            throw CommandFailure(
                message: "\(file) : " + error.message(in: RunLanguage.current) + hint(for: error), exitCode: CommandFailure.exitCode(for: error))
        }
        let changes = outcome.merge.changes.map(describe)
        if json {
            return try JSONOutput.print(
                Output(
                    id: outcome.projectID.rawValue, revision: outcome.revision?.number, changes: changes,
                    conflictsKeptBoth: outcome.merge.conflicts.map(\.id.rawValue),
                    otherChangesIgnored: outcome.otherChangesIgnored))
        }
        print(outcome.projectID)
        if let revision = outcome.revision {
            printError(
                L(
                    "notes du dossier reprises dans le projet (révision \(revision.number)) : \(changes.joined(separator: ", "))",
                    "notes of the dossier taken into the project (revision \(revision.number)): \(changes.joined(separator: ", "))"))
        } else {
            printError(
                L(
                    "rien de nouveau : les notes de ce dossier sont déjà dans le projet ; aucune révision ajoutée",
                    "nothing new: the notes of this dossier are already in the project; no revision added"))
        }
        if outcome.otherChangesIgnored {
            printError(
                L(
                    "le dossier diffère du projet exporté ailleurs que dans les notes : seules les notes ont été reprises",
                    "the dossier differs from the exported project elsewhere than in notes: only the notes were taken"))
        }
    }

    private func describe(_ change: NotesMerge.Change) -> String {
        switch change {
        case .added(let id): L("\(id) ajoutée", "\(id) added")
        case .changed(let id): L("\(id) modifiée", "\(id) changed")
        case .removed(let id): L("\(id) retirée", "\(id) removed")
        case .keptBoth(let original, let added):
            L(
                "\(added) ajoutée (version du conseiller de \(original), en conflit ; les deux sont gardées)",
                "\(added) added (the counsellor's version of \(original), in conflict; both kept)")
        }
    }

    private func hint(for error: AnnotationImportError) -> String {
        guard case .conflicts = error else { return "" }
        return L(
            "\nrelancez avec --keep-both pour garder les deux versions de chaque note en conflit",
            "\nrun again with --keep-both to keep both versions of each conflicting note")
    }
}
