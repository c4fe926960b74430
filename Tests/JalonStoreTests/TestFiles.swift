import Foundation
import JalonResources
import JalonStore
import JalonXML
import Testing

/// Where the tests find the schema, the samples at the repository root and the bundled fixtures.
enum TestFiles {
    static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let samplesDirectory = repositoryRoot.appendingPathComponent("Samples")

    /// The shipped schema of a format version (`1.0`, `1.1`).
    static func schemaURL(for version: String) -> URL {
        guard let url = JalonResources.url("Schemas/project-\(version).xsd") else {
            fatalError("project-\(version).xsd is missing from JalonResources")
        }
        return url
    }

    /// The schema of the version the codec writes, which the samples are in.
    static let schemaURL = schemaURL(for: ProjectFormat.standard.current.description)

    /// Compiled once and shared: the schema is immutable and thread-safe to validate against.
    static let schema: XMLSchema = schema(for: ProjectFormat.standard.current.description)

    /// A version's schema, compiled once by the standard format.
    static func schema(for version: String) -> XMLSchema {
        do { return try ProjectFormat.standard.schema(for: FormatVersion(version)!) } catch {
            fatalError("project-\(version).xsd does not compile: \(error)")
        }
    }

    /// Every `*.xml` in Samples/, by name, sorted so parameterised tests list them stably.
    static let sampleNames: [String] = xmlFiles(in: samplesDirectory)

    static let invalidDirectory = fixtures("invalid")

    /// A folder of `Fixtures/` in the test bundle.
    private static func fixtures(_ folder: String) -> URL {
        guard let url = Bundle.module.url(forResource: "Fixtures/\(folder)", withExtension: nil) else {
            fatalError("Fixtures/\(folder) is missing from the test bundle")
        }
        return url
    }

    /// The samples as format 1.0 wrote them, kept to prove old documents still load.
    static let formatOneZeroDirectory = fixtures("format-1.0")

    static let formatOneZeroNames: [String] = xmlFiles(in: formatOneZeroDirectory)

    static func formatOneZero(_ name: String) -> URL { formatOneZeroDirectory.appendingPathComponent(name) }

    /// The samples as format 1.1 wrote them (before `<partage>`), kept to prove they still load.
    static let formatOneOneDirectory = fixtures("format-1.1")

    static let formatOneOneNames: [String] = xmlFiles(in: formatOneOneDirectory)

    static func formatOneOne(_ name: String) -> URL { formatOneOneDirectory.appendingPathComponent(name) }

    /// The samples as format 1.2 wrote them (before `<metiersQuiRecrutent>`), kept to prove they still load.
    static let formatOneTwoDirectory = fixtures("format-1.2")

    static let formatOneTwoNames: [String] = xmlFiles(in: formatOneTwoDirectory)

    static func formatOneTwo(_ name: String) -> URL { formatOneTwoDirectory.appendingPathComponent(name) }

    /// What the standard format's migration `index` makes of the fixture `url`, and what it should make:
    /// the same text with only `schemaVersion` changed from `from` to `to`.
    static func migrated(_ url: URL, migration index: Int, from: String, to: String) throws -> (result: String, expected: String) {
        let bytes = try self.bytes(url)
        let migrated = try ProjectFormat.standard.migrations[index].transform(try XMLDocument(bytes: bytes, sourceName: url.lastPathComponent))
        let expected = String(decoding: bytes, as: UTF8.self)
            .replacingOccurrences(of: #"schemaVersion="\#(from)""#, with: #"schemaVersion="\#(to)""#)
        return (String(decoding: migrated, as: UTF8.self), expected)
    }

    static func sample(_ name: String) -> URL { samplesDirectory.appendingPathComponent(name) }
    static func invalid(_ name: String) -> URL { invalidDirectory.appendingPathComponent(name) }

    static func bytes(_ url: URL) throws -> [UInt8] { [UInt8](try Data(contentsOf: url)) }

    static func document(_ url: URL) throws -> XMLDocument {
        try XMLDocument(bytes: bytes(url), sourceName: url.lastPathComponent)
    }

    static func xmlFiles(in directory: URL) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return names.filter { $0.hasSuffix(".xml") }.sorted()
    }
}

/// One row of `Fixtures/invalid/expected.tsv`: the file, the format version whose schema it breaks,
/// the line of the first schema diagnostic, a word that diagnostic must contain, and what is wrong.
struct InvalidFixture: CustomTestStringConvertible, Sendable {
    let file: String
    /// `1.0` or `1.1`: the schema the file is checked against.
    let version: String
    let line: Int
    let word: String
    let reason: String

    var testDescription: String { "\(file): \(reason)" }

    static let all: [InvalidFixture] = {
        let manifest = TestFiles.invalidDirectory.appendingPathComponent("expected.tsv")
        guard let text = try? String(contentsOf: manifest, encoding: .utf8) else { return [] }
        return text.split(separator: "\n").compactMap { row in
            guard !row.hasPrefix("#") else { return nil }
            let fields = row.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard fields.count == 5, let line = Int(fields[2]) else { return nil }
            return InvalidFixture(file: fields[0], version: fields[1], line: line, word: fields[3], reason: fields[4])
        }
    }()
}
