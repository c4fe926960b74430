import Foundation
import Testing

/// The web workbook in real Chromium: `Tests/Browser` (pytest, Selenium, axe-core) against the built
/// `jalon open` and `jalon serve`, keyboard only, French and English, phone and desktop sizes.
@Suite struct BrowserSuiteTests {
    static let suite = JalonProcess.repositoryRoot.appendingPathComponent("Tests/Browser").path

    /// Debian's chromium and chromium-driver, and the Python packages `.ci/run` installs: the suite runs
    /// whenever they are here (`JALON_BROWSER_SUITE=0` leaves it out of a quick local run).
    static let available: Bool = {
        guard ProcessInfo.processInfo.environment["JALON_BROWSER_SUITE"] != "0",
            FileManager.default.isExecutableFile(atPath: "/usr/bin/chromedriver"),
            FileManager.default.isExecutableFile(atPath: "/usr/bin/chromium")
        else { return false }
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

    @Test(
        .enabled(
            if: available,
            "Chromium, chromedriver or the Python packages selenium, axe-selenium-python and pytest are missing (.ci/run installs them), or JALON_BROWSER_SUITE=0: the browser suite does not run"
        ))
    func theWorkbookPassesAxeWithTheKeyboardOnlyInFrenchAndEnglish() throws {
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("jalon-browser-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: out) }
        let run = try Self.python(
            ["-m", "pytest", "-q", "-p", "no:cacheprovider", "-x", Self.suite],
            environment: ["JALON_BIN": JalonProcess.binary.path, "JALON_BROWSER_OUT": out.path])
        #expect(run.status == 0, "\(run.output.suffix(4000))")
        #expect(run.output.contains(" passed"), "\(run.output.suffix(2000))")
        // The journey's document against `jalon demo`'s (plus the same action done and the same note), in each language.
        for language in ["fr", "en"] {
            let web = try String(contentsOf: out.appendingPathComponent("journey-\(language)-web.xml"), encoding: .utf8)
            let cli = try String(contentsOf: out.appendingPathComponent("journey-\(language)-cli.xml"), encoding: .utf8)
            let (browser, demo) = (HTTPJourneyTests.normalised(web), HTTPJourneyTests.normalised(cli))
            #expect(browser == demo, "\(language): first difference: \(HTTPJourneyTests.firstDifference(browser, demo))")
        }
    }
}
