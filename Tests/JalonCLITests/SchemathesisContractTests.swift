import Foundation
import Testing

/// schemathesis (PyPI) against the built `jalon serve`: every operation of the OpenAPI document, on a
/// real seeded project, with generated valid and invalid requests (`.ci/schemathesis.sh`,
/// `Tests/Contract/schemathesis.toml`, which names each status the document intends).
@Suite struct SchemathesisContractTests {
    static let script = JalonProcess.repositoryRoot.appendingPathComponent(".ci/schemathesis.sh").path

    /// `.ci/run` installs schemathesis; a developer's machine may not have it.
    static let available: Bool = {
        let paths = (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":")
        return paths.contains { FileManager.default.isExecutableFile(atPath: "\($0)/schemathesis") }
    }()

    @Test(.enabled(if: available, "schemathesis is not installed (pip install schemathesis): the generated contract tests do not run"))
    func theServerAnswersEveryGeneratedRequestAsDocumented() throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = [Self.script, JalonProcess.binary.path]
        process.currentDirectoryURL = JalonProcess.repositoryRoot
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let text = String(decoding: data, as: UTF8.self)
        #expect(process.terminationStatus == 0, "\(text.suffix(6000))")
        // Every operation of the document was tested ("Selected: 43/43", "Tested: 43").
        let selected = Self.number(after: "Selected: ", in: text), tested = Self.number(after: "Tested: ", in: text)
        #expect(selected != nil && tested == selected, "\(text.suffix(2000))")
    }

    static func number(after label: String, in text: String) -> Int? {
        guard let range = text.range(of: label) else { return nil }
        return Int(text[range.upperBound...].prefix { $0.isNumber })
    }
}
