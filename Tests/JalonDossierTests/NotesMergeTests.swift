import JalonCore
import JalonDossier
import Testing

@Suite("Notes merge: counsellor's side, person's side, base")
struct NotesMergeTests {
    func note(_ id: String, _ text: String, status: CounsellorNote.Status = .besoin, author: String = "Mme Durand") -> CounsellorNote {
        CounsellorNote(
            id: NoteID(id)!, auteur: author, date: Timestamp(iso8601: "2026-11-30T10:00:00Z")!, section: .plan,
            status: status, texte: text)
    }

    var base: [CounsellorNote] { [note("n1", "Financement à vérifier"), note("n2", "Projet clair", status: .pointAppui)] }

    @Test func changesOnDifferentNotesAreAllKept() {
        let theirs = [note("n1", "Financement à vérifier", status: .pointAppui), base[1], note("n3", "Prendre contact avec le CFA")]
        let ours = [base[0], note("n2", "Projet clair, à confirmer par une immersion", status: .pointAppui), note("n3", "Ma propre note", author: "Karim")]
        let merge = NotesMerge(base: base, theirs: theirs, ours: ours)
        #expect(merge.conflicts.isEmpty)
        #expect(merge.notes.map(\.id.rawValue) == ["n1", "n2", "n3", "n4"])
        #expect(merge.notes[0].status == .pointAppui, "the counsellor's status change")
        #expect(merge.notes[1].texte.hasSuffix("immersion"), "the person's edit")
        #expect(
            merge.notes[2].texte == "Ma propre note" && merge.notes[3].texte == "Prendre contact avec le CFA",
            "two different notes added under n3: the counsellor's gets the next id")
        #expect(merge.changes == [.changed(NoteID("n1")!), .added(NoteID("n4")!)])

        let again = NotesMerge(base: base, theirs: theirs, ours: merge.notes)
        #expect(again.changes.isEmpty && again.conflicts.isEmpty && again.notes == merge.notes, "merging twice adds nothing")
    }

    @Test func theSameNoteChangedDifferentlyIsAConflict() {
        let theirs = [note("n1", "Financement obtenu"), base[1]]
        let ours = [note("n1", "Financement refusé"), base[1]]
        let merge = NotesMerge(base: base, theirs: theirs, ours: ours)
        #expect(merge.conflicts == [NotesMerge.Conflict(ours: ours[0], theirs: theirs[0])])
        #expect(merge.notes == ours, "the person's version stays")
        #expect(merge.changes.isEmpty)

        let both = NotesMerge(base: base, theirs: theirs, ours: ours, keepingBoth: true)
        #expect(both.notes.map(\.texte) == ["Financement refusé", "Projet clair", "Financement obtenu"])
        #expect(both.changes == [.keptBoth(original: NoteID("n1")!, added: NoteID("n3")!)])
        let again = NotesMerge(base: base, theirs: theirs, ours: both.notes, keepingBoth: true)
        #expect(again.changes.isEmpty && again.notes == both.notes, "the counsellor's version is already there")
    }

    @Test func theSameChangeOnBothSidesIsNoChange() {
        let changed = [note("n1", "Financement obtenu"), base[1]]
        let merge = NotesMerge(base: base, theirs: changed, ours: changed)
        #expect(merge.changes.isEmpty && merge.conflicts.isEmpty && merge.notes == changed)
    }

    @Test func removals() {
        // The counsellor removed n2, the person left it: removed.
        let removed = NotesMerge(base: base, theirs: [base[0]], ours: base)
        #expect(removed.notes == [base[0]] && removed.changes == [.removed(NoteID("n2")!)])
        // The person removed n1, the counsellor changed it: a conflict, nothing lost.
        let conflict = NotesMerge(base: base, theirs: [note("n1", "Financement obtenu"), base[1]], ours: [base[1]])
        #expect(conflict.conflicts.count == 1 && conflict.conflicts[0].ours == nil)
        #expect(conflict.notes == [base[1]])
        // The person removed a note the counsellor did not touch: stays removed.
        let kept = NotesMerge(base: base, theirs: base, ours: [base[1]])
        #expect(kept.notes == [base[1]] && kept.changes.isEmpty)
    }
}
