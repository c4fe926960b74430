import Foundation
import JalonCore
import JalonDossier
import JalonStore
import Testing

@Suite("Annotation import: the counsellor's notes onto the person's current revision")
struct AnnotationImportTests {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent("jalon-annotation-\(UUID().uuidString)").path

    func repository() throws -> ProjectRepository { ProjectRepository(store: try FileProjectStore(root: root)) }

    /// Karim stored (r1), his dossier read back as a counsellor would receive it, with one note added.
    func annotatedDossier(_ repository: ProjectRepository) throws -> (ProjectID, DossierFile) {
        let project = try SampleDossiers.project("karim-montbeliard-reconversion.xml")
        _ = try repository.create(project, author: .person, message: "Création")
        let exported = try DossierBuilder(repository: repository).dossier(project.id, share: [.name])
        var dossier = try DossierXML.read(bytes: DossierXML.encode(exported), sourceName: "d.xml").dossier
        dossier.project.notes.append(
            CounsellorNote(
                id: NoteID("n4")!, auteur: "Mme Durand", date: SampleDossiers.exported,
                section: .plan, status: .besoin, texte: "Voir le CFA"))
        dossier.fingerprint = try Dossier.fingerprint(of: dossier.project)
        dossier.annotation = DossierAnnotation(originFingerprint: exported.fingerprint, date: SampleDossiers.exported, counsellor: "Mme Durand")
        return (project.id, try DossierXML.read(bytes: DossierXML.encode(dossier), sourceName: "annotated.xml"))
    }

    @Test func mergesOntoTheHeadAsOneCounsellorRevision() throws {
        defer { try? FileManager.default.removeItem(atPath: root) }
        let repository = try repository()
        let (id, file) = try annotatedDossier(repository)
        var head = try repository.load(id)
        head.project.profil?.mobiliteKm = 60
        _ = try repository.save(head.project, basedOn: 1, author: .person, message: "Mobilité")

        let outcome = try AnnotationImport(repository: repository).merge(file)
        #expect(outcome.revision?.number == 3)
        #expect(outcome.revision?.author == RevisionAuthor(role: .counsellor, name: "Mme Durand"))
        #expect(!outcome.otherChangesIgnored)
        let merged = try repository.load(id).project
        #expect(merged.profil?.mobiliteKm == 60)
        #expect(merged.notes.last?.texte == "Voir le CFA")
        #expect(merged.profil?.commune != nil, "what the dossier did not share stays in the project")

        let again = try AnnotationImport(repository: repository).merge(file)
        #expect(again.revision == nil && again.merge.changes.isEmpty)
        #expect(try repository.store.latestRevisionNumber(of: id) == 3)
    }

    /// The origin fingerprint is not the base's (a dossier written by an older format would differ in its
    /// bytes): the base is still recognised when everything but the notes is the same, and not otherwise.
    @Test func theBaseIsRecognisedByContentWhenTheFingerprintDiffers() throws {
        defer { try? FileManager.default.removeItem(atPath: root) }
        let repository = try repository()
        let (id, file) = try annotatedDossier(repository)
        var older = file
        older.annotation?.originFingerprint = String(repeating: "0", count: 64)
        #expect(try AnnotationImport(repository: repository).merge(older).revision?.number == 2)

        var different = older
        different.project.plan.removeLast()
        #expect {
            try AnnotationImport(repository: repository).merge(different)
        } throws: { error in
            guard case .unknownBase(id, revision: 1, projectMissing: false) = error as? AnnotationImportError else { return false }
            return true
        }
    }
}
