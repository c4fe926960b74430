import JalonCore
import JalonLocale
import JalonStore

/// Brings the notes of an annotated dossier back into the person's project: one new revision on top of
/// the current one, authored by the counsellor, holding the counsellor's new and changed notes merged
/// three-way (`NotesMerge`) with what the person changed since the export. Only notes travel back:
/// the rest of the project is the person's.
public struct AnnotationImport: Sendable {
    public let repository: ProjectRepository

    public init(repository: ProjectRepository) {
        self.repository = repository
    }

    public struct Outcome: Sendable {
        public var projectID: ProjectID
        /// The revision the merge saved; nil when there was nothing new.
        public var revision: RevisionInfo?
        public var merge: NotesMerge
        /// The dossier's project differs from its base elsewhere than in notes; those changes were not applied.
        public var otherChangesIgnored: Bool
    }

    /// Merges `file` into its project. Throws, changing nothing, when the dossier was altered, when its
    /// base revision is not in this store (or is not the one it was exported from), and on conflicts
    /// unless `keepingBoth`.
    public func merge(
        _ file: DossierFile, keepingBoth: Bool = false, language: Language = .fr,
        now: Timestamp = .now()
    ) throws(AnnotationImportError) -> Outcome {
        guard file.isIntact else { throw .altered(stated: file.fingerprintStated, computed: file.fingerprintComputed) }
        let id = file.project.id
        let base: ProjectRepository.Loaded, head: ProjectRepository.Loaded
        do {
            base = try repository.load(id, revision: file.revision)
            head = try repository.load(id)
        } catch .store(.projectNotFound) {
            throw .unknownBase(id, revision: file.revision, projectMissing: true)
        } catch .store(.revisionNotFound) {
            throw .unknownBase(id, revision: file.revision, projectMissing: false)
        } catch { throw .repository(error) }
        // The base is the revision exported: its fingerprint is the one the dossier started from, or (a
        // dossier written by an older format, whose bytes differ) everything but the notes is the same.
        let exported = base.project.minimised(for: file.share)
        var expected = exported
        expected.notes = file.project.notes
        let sameButNotes = expected == file.project
        let origin = file.annotation?.originFingerprint ?? file.fingerprintStated
        guard sameButNotes || (try? Dossier.fingerprint(of: exported)) == origin else {
            throw .unknownBase(id, revision: file.revision, projectMissing: false)
        }

        let merge = NotesMerge(
            base: base.project.notes, theirs: file.project.notes, ours: head.project.notes,
            keepingBoth: keepingBoth)
        let outcome = Outcome(projectID: id, revision: nil, merge: merge, otherChangesIgnored: !sameButNotes)
        if !merge.conflicts.isEmpty, !keepingBoth { throw .conflicts(id, merge.conflicts) }
        guard !merge.changes.isEmpty else { return outcome }

        var project = head.project
        project.notes = merge.notes
        project.metadata.updated = now
        let counsellor =
            file.annotation?.counsellor
            ?? Set(merge.changedNotes.map(\.auteur)).sorted().joined(separator: ", ")
        do {
            var saved = outcome
            saved.revision = try repository.save(
                project, basedOn: head.revision.number,
                author: RevisionAuthor(role: .counsellor, name: counsellor),
                message: message(merge, file: file, counsellor: counsellor, language: language))
            return saved
        } catch { throw .repository(error) }
    }

    private func message(_ merge: NotesMerge, file: DossierFile, counsellor: String, language: Language) -> String {
        let what = merge.changes.map { change in
            switch change {
            case .added(let id): language.pick(fr: "\(id) ajoutée", en: "\(id) added")
            case .changed(let id): language.pick(fr: "\(id) modifiée", en: "\(id) changed")
            case .removed(let id): language.pick(fr: "\(id) retirée", en: "\(id) removed")
            case .keptBoth(let original, let added):
                language.pick(
                    fr: "\(added) (version du conseiller de \(original))",
                    en: "\(added) (counsellor's version of \(original))")
            }
        }.joined(separator: ", ")
        let day = (file.annotation?.date ?? file.exported).day
        return language.pick(
            fr: "Notes de \(counsellor) (dossier annoté du \(day)) : \(what)",
            en: "Notes by \(counsellor) (dossier annotated on \(day)): \(what)")
    }
}

extension NotesMerge {
    /// The notes the merge added or changed, as they now are.
    var changedNotes: [CounsellorNote] {
        changes.compactMap { change in
            switch change {
            case .added(let id), .changed(let id), .keptBoth(_, let id): notes.first { $0.id == id }
            case .removed: nil
            }
        }
    }
}

/// Why an annotated dossier could not be merged; nothing was changed.
public enum AnnotationImportError: LocalizedFailure {
    case altered(stated: String, computed: String)
    /// The project, or the revision the dossier was exported from, is not in this store, or that
    /// revision is not the one the dossier was made from.
    case unknownBase(ProjectID, revision: Int, projectMissing: Bool)
    /// Notes changed differently on both sides.
    case conflicts(ProjectID, [NotesMerge.Conflict])
    case repository(RepositoryError)

    public func message(in language: Language) -> String {
        switch self {
        case .altered(let stated, let computed):
            return DossierReadError.alteredSentence(stated: stated, computed: computed, in: language)
                + language.pick(fr: " ; rien n’a été importé", en: "; nothing was imported")
        case .unknownBase(let id, let revision, let projectMissing):
            return projectMissing
                ? language.pick(
                    fr:
                        "ce dossier annote le projet \(id), qui n’est pas dans ce dossier de stockage : ses notes n’ont pas de projet où aller ; rien n’a été changé",
                    en: "this dossier annotates project \(id), which is not in this store: its notes have no project to go to; nothing was changed")
                : language.pick(
                    fr:
                        "ce dossier a été exporté de la révision \(revision) du projet \(id), que ce dossier de stockage ne connaît pas (absente, ou différente de celle exportée) : impossible de savoir ce que le conseiller a changé ; rien n’a été changé",
                    en:
                        "this dossier was exported from revision \(revision) of project \(id), which this store does not know (missing, or not the one exported): there is no telling what the counsellor changed; nothing was changed"
                )
        case .conflicts(let id, let conflicts):
            let lines = conflicts.map { conflict in
                language.pick(
                    fr:
                        "conflit sur la note \(conflict.id) : dans le projet, \(Self.describe(conflict.ours, language)) ; dans le dossier, \(Self.describe(conflict.theirs, language))",
                    en:
                        "conflict on note \(conflict.id): in the project, \(Self.describe(conflict.ours, language)); in the dossier, \(Self.describe(conflict.theirs, language))"
                )
            }
            let header = language.pick(
                fr: "la même note a changé des deux côtés depuis l’export du projet \(id) ; rien n’a été changé :",
                en: "the same note changed on both sides since project \(id) was exported; nothing was changed:")
            return ([header] + lines).joined(separator: "\n")
        case .repository(let error):
            return error.message(in: language)
        }
    }

    private static func describe(_ note: CounsellorNote?, _ language: Language) -> String {
        guard let note else { return language.pick(fr: "retirée", en: "removed") }
        return "« \(note.texte) » (\(note.status), \(note.section.title(in: language)), \(note.auteur))"
    }
}

extension AnnotationImportError {
    public var failureKind: FailureKind {
        switch self {
        case .altered: .invalidInput
        case .unknownBase: .notFound
        case .conflicts: .conflict
        case .repository(let error): error.failureKind
        }
    }
}
