import Foundation
import JalonCore
import JalonStore
import JalonXML
import Testing

/// Format 1.1 added the saved suggestions and training paths, 1.2 the person's sharing choice, 1.3 the
/// preference « métiers qui recrutent ».
/// Documents written in 1.0 still load: the loader validates them as 1.0, migrates them step by step
/// and validates the result as 1.3.
@Suite("Format 1.0 documents load through the migrations to 1.3")
struct FormatMigrationTests {
    static let migrationName = "1.0 → 1.1 : suggestions et parcours enregistrés"
    static let sharingMigrationName = "1.1 → 1.2 : choix de partage"
    static let hiringMigrationName = "1.2 → 1.3 : préférence métiers qui recrutent"

    @Test func theStandardFormatKnowsEveryVersionAndTheNamedMigrations() throws {
        let format = ProjectFormat.standard
        #expect(format.versions == [FormatVersion(1, 0), FormatVersion(1, 1), FormatVersion(1, 2), FormatVersion(1, 3)])
        #expect(format.migrations.map(\.name) == [Self.migrationName, Self.sharingMigrationName, Self.hiringMigrationName])
        for version in format.versions { _ = try format.schema(for: version) }
    }

    @Test func thereAreFormatOneZeroFixtures() {
        #expect(TestFiles.formatOneZeroNames == TestFiles.sampleNames, "one 1.0 fixture per sample, same names")
    }

    @Test(arguments: TestFiles.formatOneZeroNames)
    func fixtureIsValidFormatOneZero(_ name: String) throws {
        let document = try TestFiles.document(TestFiles.formatOneZero(name))
        #expect(document.root?.attribute("schemaVersion") == "1.0")
        #expect(TestFiles.schema(for: "1.0").validate(document).isEmpty)
    }

    /// The 1.0 document decodes, once migrated, to the project of the 1.1 sample without the sections
    /// 1.1 added (only Karim's sample has them).
    @Test(arguments: TestFiles.formatOneZeroNames)
    func migratedFixtureDecodesToTheSampleWithoutSavedResults(_ name: String) throws {
        let loaded = try ProjectDocumentLoader().load(bytes: TestFiles.bytes(TestFiles.formatOneZero(name)), sourceName: name)
        #expect(loaded.originalVersion == FormatVersion(1, 0))
        #expect(loaded.appliedMigrations == [Self.migrationName, Self.sharingMigrationName, Self.hiringMigrationName])
        #expect(loaded.document.root?.attribute("schemaVersion") == "1.3")
        var expected = try ProjectCodec.decode(TestFiles.document(TestFiles.sample(name)))
        expected.suggestions = nil
        expected.parcours = nil
        #expect(try ProjectCodec.decode(loaded.document) == expected)
    }

    /// Nothing but `schemaVersion` changes: not the layout, not the comments, not a portal's extensions.
    @Test(arguments: TestFiles.formatOneZeroNames)
    func migrationKeepsEverythingElseVerbatim(_ name: String) throws {
        let bytes = try TestFiles.bytes(TestFiles.formatOneZero(name))
        let original = try XMLDocument(bytes: bytes, sourceName: name)
        let migrated = try #require(ProjectFormat.standard.migrations.first).transform(original)
        let expected = String(decoding: bytes, as: UTF8.self)
            .replacingOccurrences(of: #"schemaVersion="1.0""#, with: #"schemaVersion="1.1""#)
        #expect(String(decoding: migrated, as: UTF8.self) == expected)
        // The document handed to the migration is left as it was.
        #expect(original.root?.attribute("schemaVersion") == "1.0")
    }

    @Test func portalExtensionsSurviveTheMigration() throws {
        let name = "nadia-besancon-vae-portail.xml"
        let loaded = try ProjectDocumentLoader().load(bytes: TestFiles.bytes(TestFiles.formatOneZero(name)), sourceName: name)
        let old = try ProjectCodec.decode(TestFiles.document(TestFiles.formatOneZero(name)))
        #expect(old.extensions != nil)
        #expect(try ProjectCodec.decode(loaded.document).extensions == old.extensions)
    }

    /// An older Jalon, which reads 1.0 only, refuses a 1.1 document and says which versions it reads.
    @Test func aReaderOfFormatOneZeroRefusesFormatOneOne() throws {
        let onlyOneZero = ProjectFormat(
            versions: [FormatVersion(1, 0)], migrations: [],
            schemaSource: { version in
                try ProjectFormat.bundledSchema(named: "project-\(version).xsd")
            })
        let name = "karim-montbeliard-reconversion.xml"
        let error = try #require(throws: ProjectLoadError.self) {
            try ProjectDocumentLoader(format: onlyOneZero).load(bytes: TestFiles.bytes(TestFiles.formatOneOne(name)), sourceName: name)
        }
        guard case .newerVersion(_, let found, let readable) = error else {
            Issue.record("expected newerVersion, got \(error)")
            return
        }
        #expect(found == FormatVersion(1, 1) && readable == [FormatVersion(1, 0)])
        #expect(error.message(in: .fr).contains("plus récent que cette version de Jalon, qui lit les formats 1.0"))
        #expect(error.message(in: .fr).hasPrefix("\(name):3"))
    }

    /// The codec writes 1.3; a 1.0 reader's schema refuses what 1.1 adds.
    @Test func savedResultsAreNotFormatOneZero() throws {
        let document = try TestFiles.document(TestFiles.sample("karim-montbeliard-reconversion.xml"))
        #expect(!TestFiles.schema(for: "1.0").validate(document).isEmpty)
    }
}
