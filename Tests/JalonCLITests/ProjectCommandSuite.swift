import Foundation
import JalonXML
import Testing

/// What the suites that drive a project through the binary share: a private store, the saved document
/// read back through `jalon export`, its history, and the check that a refusal is one sentence.
protocol ProjectCommandSuite {
    var folder: ScratchFolder { get }
}

extension ProjectCommandSuite {
    var jalon: JalonProcess { JalonProcess(store: folder.path + "/store") }

    static var namespaces: [String: String] { ["p": "urn:jalon:project:1"] }
    static var unknownProject: String { "3f1c4a52-0000-4000-8000-000000000000" }

    /// The latest saved document, through `jalon export`.
    func saved(_ id: String) throws -> XMLDocument {
        let path = folder.path + "/\(UUID().uuidString).xml"
        let exported = try jalon.run("export", id, "--format", "projet", "-o", path)
        #expect(exported.status == 0, "\(exported.stderr)")
        return try XMLDocument(bytes: Array(try Data(contentsOf: URL(fileURLWithPath: path))), sourceName: path)
    }

    func value(_ document: XMLDocument, _ xpath: String) throws -> String {
        try document.string("string(\(xpath))", namespaces: Self.namespaces)
    }

    func history(_ id: String) throws -> [Substring] {
        try jalon.run("history", id).stdout.split(separator: "\n")
    }

    func json(_ result: JalonProcess.Result) throws -> Any {
        try JSONSerialization.jsonObject(with: Data(result.stdout.utf8))
    }

    /// A refusal: the exit code, the words of the sentence on stderr, and no Swift crash report.
    func expectRefused(
        _ result: JalonProcess.Result, status: Int32, containing words: String,
        sourceLocation: SourceLocation = #_sourceLocation
    ) {
        #expect(result.status == status, "\(result.stderr)", sourceLocation: sourceLocation)
        #expect(result.stderr.contains(words), "\(result.stderr)", sourceLocation: sourceLocation)
        #expect(!result.stderr.contains("Fatal error"), sourceLocation: sourceLocation)
    }
}
