import Foundation
import JalonCore
import JalonStore
import JalonXML
import Testing

/// Format 1.3 adds `<metiersQuiRecrutent>` to the profile: the matching preference « métiers qui
/// recrutent dans ma région ». The samples as 1.2 wrote them load through the migration with the
/// preference off; a preference on goes through the codec and the 1.3 schema and back; a 1.2 reader's
/// schema refuses it rather than dropping it.
@Suite("Format 1.3: the preference « métiers qui recrutent »")
struct HiringPreferenceFormatTests {
    @Test(arguments: TestFiles.formatOneTwoNames)
    func formatOneTwoSamplesMigrateWithThePreferenceOff(_ name: String) throws {
        let loaded = try ProjectDocumentLoader().load(bytes: TestFiles.bytes(TestFiles.formatOneTwo(name)), sourceName: name)
        #expect(loaded.originalVersion == FormatVersion(1, 2))
        #expect(loaded.appliedMigrations == [FormatMigrationTests.hiringMigrationName])
        let project = try ProjectCodec.decode(loaded.document)
        #expect(project.profil?.metiersQuiRecrutent != true)
        // The migrated 1.2 document is the 1.3 sample: nothing else differs.
        #expect(project == (try ProjectCodec.decode(TestFiles.document(TestFiles.sample(name)))))
    }

    /// Nothing but `schemaVersion` changes in the 1.2 → 1.3 migration.
    @Test(arguments: TestFiles.formatOneTwoNames)
    func migrationKeepsEverythingElseVerbatim(_ name: String) throws {
        let migrated = try TestFiles.migrated(TestFiles.formatOneTwo(name), migration: 2, from: "1.2", to: "1.3")
        #expect(migrated.result == migrated.expected)
    }

    @Test func thePreferenceRoundTripsThroughTheSchema() throws {
        var project = try ProjectCodec.decode(TestFiles.document(TestFiles.sample("karim-montbeliard-reconversion.xml")))
        #expect(!String(decoding: ProjectCodec.encode(project), as: UTF8.self).contains("metiersQuiRecrutent"), "off: not written")
        project.profil?.metiersQuiRecrutent = true
        let bytes = ProjectCodec.encode(project)
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(text.contains("<metiersQuiRecrutent>true</metiersQuiRecrutent>\n  </profil>"))
        let document = try XMLDocument(bytes: bytes, sourceName: "preference.xml")
        #expect(TestFiles.schema(for: "1.3").validate(document).isEmpty)
        #expect(try ProjectCodec.decode(document) == project)
        // A 1.2 reader's schema refuses the preference rather than dropping it silently.
        let asOneTwo = text.replacingOccurrences(of: #"schemaVersion="1.3""#, with: #"schemaVersion="1.2""#)
        #expect(!TestFiles.schema(for: "1.2").validate(try XMLDocument(bytes: Array(asOneTwo.utf8), sourceName: "old.xml")).isEmpty)
        // Anything but true or false is refused.
        let bad = text.replacingOccurrences(of: "<metiersQuiRecrutent>true<", with: "<metiersQuiRecrutent>oui<")
        #expect(!TestFiles.schema(for: "1.3").validate(try XMLDocument(bytes: Array(bad.utf8), sourceName: "bad.xml")).isEmpty)
    }
}
