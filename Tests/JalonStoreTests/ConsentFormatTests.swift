import Foundation
import JalonCore
import JalonStore
import JalonXML
import Testing

/// Format 1.2 adds `<partage>`, the person's sharing choice per counsellor. The samples as 1.1 wrote them load
/// through the migration with no choice (nothing personal shared); a choice goes through the codec and
/// the current schema and back, and an older reader's schema refuses it.
@Suite("Format 1.2: the sharing choice")
struct ConsentFormatTests {
    @Test(arguments: TestFiles.formatOneOneNames)
    func formatOneOneSamplesMigrateWithNoChoice(_ name: String) throws {
        let loaded = try ProjectDocumentLoader().load(bytes: TestFiles.bytes(TestFiles.formatOneOne(name)), sourceName: name)
        #expect(loaded.originalVersion == FormatVersion(1, 1))
        #expect(loaded.appliedMigrations == [FormatMigrationTests.sharingMigrationName, FormatMigrationTests.hiringMigrationName])
        #expect(try ProjectCodec.decode(loaded.document).consent == .none)
    }

    /// Nothing but `schemaVersion` changes in the 1.1 → 1.2 migration.
    @Test(arguments: TestFiles.formatOneOneNames)
    func migrationKeepsEverythingElseVerbatim(_ name: String) throws {
        let migrated = try TestFiles.migrated(TestFiles.formatOneOne(name), migration: 1, from: "1.1", to: "1.2")
        #expect(migrated.result == migrated.expected)
    }

    static func projectWithChoice() throws -> Project {
        var project = try ProjectCodec.decode(TestFiles.document(TestFiles.sample("karim-montbeliard-reconversion.xml")))
        try project.consent.set(Grant(personal: [.name, .place], sections: [.profil, .pistes]), for: "conseillere-1")
        try project.consent.set(Grant(personal: [], sections: []), for: "conseiller 2")
        return project
    }

    @Test func choiceRoundTripsThroughTheSchema() throws {
        let project = try Self.projectWithChoice()
        let bytes = ProjectCodec.encode(project)
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(text.contains(#"<conseiller sujet="conseiller 2" donnees="" sections=""/>"#))
        #expect(text.contains(#"<conseiller sujet="conseillere-1" donnees="name place" sections="profil pistes"/>"#))
        let document = try XMLDocument(bytes: bytes, sourceName: "choice.xml")
        #expect(TestFiles.schema(for: "1.3").validate(document).isEmpty)
        #expect(try ProjectCodec.decode(document) == project)
        // A 1.1 reader's schema refuses the choice rather than dropping it silently.
        let asOneOne = text.replacingOccurrences(of: #"schemaVersion="1.3""#, with: #"schemaVersion="1.1""#)
        #expect(!TestFiles.schema(for: "1.1").validate(try XMLDocument(bytes: Array(asOneOne.utf8), sourceName: "old.xml")).isEmpty)
    }

    @Test(arguments: [
        (#"donnees="name place""#, #"donnees="adresse""#),
        (#"sections="profil pistes""#, #"sections="profil astres""#),
        (#"sujet="conseiller 2""#, #"sujet="conseillere-1""#),
        (#"sujet="conseiller 2""#, #"sujet=" ""#)
    ])
    func badChoicesAreRefusedByTheSchema(_ change: (String, String)) throws {
        let text = String(decoding: ProjectCodec.encode(try Self.projectWithChoice()), as: UTF8.self)
        #expect(text.contains(change.0))
        let document = try XMLDocument(bytes: Array(text.replacingOccurrences(of: change.0, with: change.1).utf8), sourceName: "bad.xml")
        #expect(!TestFiles.schema(for: "1.3").validate(document).isEmpty)
    }

    /// Each change of the choice is one revision, whose message names no personal datum.
    @Test func eachChangeIsARevision() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("consent-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: root) }
        let repository = ProjectRepository(store: try FileProjectStore(root: root))
        let project = try ProjectCodec.decode(TestFiles.document(TestFiles.sample("karim-montbeliard-reconversion.xml")))
        _ = try repository.create(project, author: .person, message: "Import")
        var changed = try repository.load(project.id).project
        let message = try ConsentChange(counsellor: "conseillere-1", grant: Grant(personal: [.name])).apply(to: &changed, in: .fr)
        let saved = try repository.save(changed, basedOn: 1, author: .person, message: message)
        #expect(saved.number == 2 && message == "Partage avec conseillere-1 : données name ; sections toutes")
        #expect(try repository.load(project.id).project.consent.grant(for: "conseillere-1").personal == [.name])
        #expect(throws: ConsentError.self) { try ConsentChange(counsellor: " ", grant: nil).apply(to: &changed, in: .fr) }
    }
}
