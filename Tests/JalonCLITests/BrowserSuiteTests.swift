import Foundation
import Testing

/// The web workbook in real Chromium: `Tests/Browser` (pytest, Selenium, axe-core) against the built
/// `jalon open` and `jalon serve`, keyboard only, French and English, phone and desktop sizes.
@Suite struct BrowserSuiteTests {
    static let suite = JalonProcess.repositoryRoot.appendingPathComponent("Tests/Browser").path

    /// Debian's chromium and chromium-driver, and the Python packages `.ci/run` installs; for now only when
    /// `JALON_BROWSER_SUITE=1` asks for it (the suite still stops on the history page at 320 px: README « Carnet web »).
    static let available: Bool = {
        guard ProcessInfo.processInfo.environment["JALON_BROWSER_SUITE"] == "1",
              FileManager.default.isExecutableFile(atPath: "/usr/bin/chromedriver"),
              FileManager.default.isExecutableFile(atPath: "/usr/bin/chromium") else { return false }
        return (try? python(["-c", "import selenium, axe_selenium_python, pytest"]).status) == 0
    }()

    static func python(_ arguments: [String], environment extra: [String: String] = [:]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3"] + arguments
        process.environment = ProcessInfo.processInfo.environment.merging(extra) { $1 }
        process.currentDirectoryURL = URL(fileURLWithPath: suite)
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    @Test(.enabled(if: available, "JALON_BROWSER_SUITE=1 not set, or Chromium, chromedriver, selenium, axe-selenium-python or pytest missing: the browser suite does not run"))
    func theWorkbookPassesAxeWithTheKeyboardOnlyInFrenchAndEnglish() throws {
        let run = try Self.python(["-m", "pytest", "-q", "-p", "no:cacheprovider", "-x", Self.suite],
                                  environment: ["JALON_BIN": JalonProcess.binary.path])
        #expect(run.status == 0, "\(run.output.suffix(4000))")
        #expect(run.output.contains(" passed"), "\(run.output.suffix(2000))")
    }
}
