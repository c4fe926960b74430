import JalonCore

/// The three-way merge of counsellor notes that brings an annotated dossier back into the person's
/// project. Base: the notes of the revision the dossier was exported from; theirs: the dossier's notes
/// (the counsellor's side); ours: the notes of the project's current revision (the person's side).
///
/// Rules, note by note (by id):
/// - a note the counsellor did not touch keeps the person's version (changed, added or removed);
/// - a note the counsellor added or changed is taken, unless the person changed it too;
/// - the same note changed differently on both sides is a conflict: the person's version stays and the
///   counsellor's is set aside in `conflicts` (with `keepingBoth`, added after it under a new id);
/// - a note both sides added under the same id with different contents is not a conflict: the
///   counsellor's gets the next free id;
/// - a counsellor's version already present in the project (same content, any id) is not added again,
///   so merging the same dossier twice changes nothing the second time.
public struct NotesMerge: Sendable {
    public struct Conflict: Hashable, Sendable {
        /// The person's current version (nil: they removed it).
        public var ours: CounsellorNote?
        /// The counsellor's version (nil: they removed it).
        public var theirs: CounsellorNote?

        public init(ours: CounsellorNote?, theirs: CounsellorNote?) {
            precondition(ours != nil || theirs != nil, "a conflict has at least one side")
            self.ours = ours
            self.theirs = theirs
        }

        public var id: NoteID { (ours ?? theirs)!.id }
    }

    public enum Change: Hashable, Sendable {
        case added(NoteID)
        case changed(NoteID)
        case removed(NoteID)
        /// The counsellor's version of a conflicting note, kept under a new id.
        case keptBoth(original: NoteID, added: NoteID)
    }

    /// The notes after the merge, the person's order first, then the counsellor's new notes.
    public var notes: [CounsellorNote]
    public var changes: [Change]
    public var conflicts: [Conflict]

    public init(base: [CounsellorNote], theirs: [CounsellorNote], ours: [CounsellorNote], keepingBoth: Bool = false) {
        var merged = ours
        var changes: [Change] = []
        var conflicts: [Conflict] = []
        func index(of id: NoteID) -> Int? { merged.firstIndex { $0.id == id } }
        func nextID() -> NoteID {
            let used = merged.compactMap { $0.id.rawValue.hasPrefix("n") ? Int($0.id.rawValue.dropFirst()) : nil }
            return NoteID("n\((used.max() ?? 0) + 1)")!
        }
        func present(_ note: CounsellorNote) -> Bool { merged.contains { $0.sameContent(as: note) } }
        func append(_ note: CounsellorNote) -> NoteID {
            let id = index(of: note.id) == nil ? note.id : nextID()
            merged.append(note.withID(id))
            return id
        }

        let baseByID = Dictionary(base.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let oursByID = Dictionary(ours.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let theirsByID = Dictionary(theirs.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        // The counsellor's side, in their order, then what they removed.
        let touched = theirs.map(\.id) + base.map(\.id).filter { theirsByID[$0] == nil }
        for id in touched {
            let original = baseByID[id], counsellor = theirsByID[id], person = oursByID[id]
            guard counsellor != original, counsellor != person else { continue }
            if let counsellor, present(counsellor) { continue }
            switch (original, counsellor) {
            case (nil, let new?):
                // Added by the counsellor; a note the person added under the same id is another note.
                let added = append(new)
                changes.append(.added(added))
            case (let before?, let after) where person == before:
                if let after, let position = index(of: id) {
                    merged[position] = after
                    changes.append(.changed(id))
                } else if after == nil, let position = index(of: id) {
                    merged.remove(at: position)
                    changes.append(.removed(id))
                }
            default:
                // Changed (or removed) on both sides, differently.
                conflicts.append(Conflict(ours: person, theirs: counsellor))
                if keepingBoth, let counsellor {
                    let added = append(counsellor)
                    changes.append(.keptBoth(original: id, added: added))
                }
            }
        }
        self.notes = merged
        self.changes = changes
        self.conflicts = conflicts
    }
}

extension CounsellorNote {
    /// Everything but the id: how a note already merged under another id is recognised.
    func sameContent(as other: CounsellorNote) -> Bool {
        auteur == other.auteur && structure == other.structure && date == other.date && section == other.section
            && status == other.status && texte == other.texte
    }

    func withID(_ id: NoteID) -> CounsellorNote {
        CounsellorNote(id: id, auteur: auteur, structure: structure, date: date, section: section, status: status, texte: texte)
    }
}
