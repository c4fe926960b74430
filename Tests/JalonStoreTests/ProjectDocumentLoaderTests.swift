import JalonStore
import JalonXML
import Testing

@Suite("Loading project documents: root, version, schema, migrations")
struct ProjectDocumentLoaderTests {
    /// Two versions: 1.0 (texts) and 1.1 (a required <titre> first), with a migration that adds it.
    static let twoVersions = ProjectFormat(
        versions: [FormatVersion(1, 0), FormatVersion(1, 1)],
        migrations: [
            ProjectMigration(name: "1.0→1.1 : titre obligatoire", from: FormatVersion(1, 0), to: FormatVersion(1, 1)) { old in
                let texts = old.root?.children(named: "text").map(\.text) ?? []
                return MiniatureFormat.document(texts, version: "1.1", extra: "Sans titre")
            }
        ],
        schemaSource: { version in
            version == FormatVersion(1, 0)
                ? MiniatureFormat.schema(version: "1.0")
                : MiniatureFormat.schema(version: "1.1", extraElement: "titre")
        })

    let loader = ProjectDocumentLoader(format: twoVersions)

    @Test func anOlderDocumentIsMigratedAndValidated() throws {
        let loaded = try loader.load(bytes: MiniatureFormat.document(["x"], version: "1.0"), sourceName: "old.xml")
        #expect(loaded.originalVersion == FormatVersion(1, 0))
        #expect(loaded.appliedMigrations == ["1.0→1.1 : titre obligatoire"])
        #expect(loaded.document.root?.attribute("schemaVersion") == "1.1")
        #expect(loaded.document.root?.firstChild(named: "titre")?.text == "Sans titre")
        #expect(loaded.document.root?.children(named: "text").map(\.text) == ["x"])
    }

    @Test func aCurrentDocumentIsLoadedAsItIs() throws {
        let loaded = try loader.load(bytes: MiniatureFormat.document(["x"], version: "1.1", extra: "T"), sourceName: "new.xml")
        #expect(loaded.appliedMigrations.isEmpty)
        #expect(loaded.document.root?.firstChild(named: "titre")?.text == "T")
    }

    @Test func aNewerVersionIsRefusedNamingWhatCanBeRead() {
        #expect {
            try loader.load(bytes: MiniatureFormat.document([], version: "1.7"), sourceName: "future.xml")
        } throws: { error in
            guard case ProjectLoadError.newerVersion(_, let found, _) = error else { return false }
            let message = (error as! ProjectLoadError).message(in: .fr)
            return found == FormatVersion(1, 7) && message.contains("1.0, 1.1") && message.contains("future.xml")
        }
        let nextMajor = Array(#"<project xmlns="urn:jalon:project:2" schemaVersion="2.0"/>"#.utf8)
        #expect(throws: ProjectLoadError.self) { try loader.load(bytes: nextMajor, sourceName: "v2.xml") }
    }

    @Test(arguments: [
        (#"<projet xmlns="urn:jalon:project:1" schemaVersion="1.0"/>"#, "wrongRoot"),
        (#"<project xmlns="urn:other" schemaVersion="1.0"/>"#, "wrongRoot"),
        (#"<project schemaVersion="1.0"/>"#, "wrongRoot"),
        (#"<project xmlns="urn:jalon:project:1"/>"#, "missingVersion"),
        (#"<project xmlns="urn:jalon:project:1" schemaVersion="un"/>"#, "malformedVersion"),
        (#"<project xmlns="urn:jalon:project:1" schemaVersion="0.9"/>"#, "unknownVersion"),
        (#"<project xmlns="urn:jalon:project:1" schemaVersion="1.0"><inconnu/></project>"#, "invalid"),
        (#"<project xmlns="urn:jalon:project:1" schemaVersion="1.0">"#, "xml")
    ])
    func foreignOrBrokenDocumentsAreRefusedWithTheirReason(xml: String, expected: String) {
        #expect {
            try loader.load(bytes: Array(xml.utf8), sourceName: "in.xml")
        } throws: { error in
            let text = String(describing: error)
            return text.hasPrefix(expected) || "\(Mirror(reflecting: error).children.first?.label ?? "")" == expected
        }
    }
}
