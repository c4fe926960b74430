import Foundation
import Testing
import JalonResources
import JalonXML

/// Where the tests find the schema, the samples at the repository root and the bundled fixtures.
enum TestFiles {
    static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let samplesDirectory = repositoryRoot.appendingPathComponent("Samples")

    static let schemaURL: URL = {
        guard let url = JalonResources.url("Schemas/project-1.0.xsd") else {
            fatalError("project-1.0.xsd is missing from JalonResources")
        }
        return url
    }()

    /// Compiled once and shared: the schema is immutable and thread-safe to validate against.
    static let schema: XMLSchema = {
        do { return try XMLSchema(contentsOf: schemaURL) } catch { fatalError("project-1.0.xsd does not compile: \(error)") }
    }()

    /// Every `*.xml` in Samples/, by name, sorted so parameterised tests list them stably.
    static let sampleNames: [String] = xmlFiles(in: samplesDirectory)

    static let invalidDirectory: URL = {
        guard let url = Bundle.module.url(forResource: "Fixtures/invalid", withExtension: nil) else {
            fatalError("Fixtures/invalid is missing from the test bundle")
        }
        return url
    }()

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

/// One row of `Fixtures/invalid/expected.tsv`: the file, the line of the first schema diagnostic,
/// a word that diagnostic must contain, and what the file gets wrong.
struct InvalidFixture: CustomTestStringConvertible, Sendable {
    let file: String
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
            guard fields.count == 4, let line = Int(fields[1]) else { return nil }
            return InvalidFixture(file: fields[0], line: line, word: fields[2], reason: fields[3])
        }
    }()
}

