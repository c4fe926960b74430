import Foundation

/// Headless Chromium run as a child process for one job (print to PDF, screenshot, DOM dump): its own
/// throw-away profile, no sandbox (Jalon may run as root in a container), no GPU, no network (every
/// host name resolves to nothing, background services off), and a watchdog that kills it when it
/// hangs.
struct HeadlessChromium: Sendable {
    /// The browser's names on Debian, Ubuntu and Google's packages, in the order they are tried.
    static let executableNames = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"]

    let executable: URL

    /// The first Chromium on `PATH`, or nil.
    static func locate(environment: [String: String] = ProcessInfo.processInfo.environment) -> HeadlessChromium? {
        let directories = (environment["PATH"] ?? "").split(separator: ":").map(String.init)
        for name in executableNames {
            for directory in directories where !directory.isEmpty {
                let url = URL(fileURLWithPath: directory).appendingPathComponent(name)
                if FileManager.default.isExecutableFile(atPath: url.path) { return HeadlessChromium(executable: url) }
            }
        }
        return nil
    }

    /// What a finished run printed (stdout: the DOM for `--dump-dom`).
    struct Run {
        var status: Int32
        var output: [UInt8]
        var errors: String
    }

    /// The flags every run gets, before the job's own.
    static func commonArguments(profile: URL) -> [String] {
        [
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
            "--no-default-browser-check", "--disable-extensions", "--disable-sync", "--disable-background-networking",
            "--disable-component-update", "--disable-default-apps", "--disable-breakpad", "--mute-audio",
            "--host-resolver-rules=MAP * ~NOTFOUND", "--user-data-dir=" + profile.path
        ]
    }

    /// Runs Chromium with `arguments` after the common flags, in `workDirectory` (which holds the
    /// throw-away profile), killing it after `timeout` seconds.
    func run(_ arguments: [String], workDirectory: URL, timeout: TimeInterval = 60) throws(DossierPDFError) -> Run {
        let process = Process()
        process.executableURL = executable
        process.arguments = Self.commonArguments(profile: workDirectory.appendingPathComponent("profil")) + arguments
        process.currentDirectoryURL = workDirectory
        let outputFile = workDirectory.appendingPathComponent("stdout"), errorFile = workDirectory.appendingPathComponent("stderr")
        // Files, not pipes: a chatty browser can never block on a full pipe while we wait for it.
        guard FileManager.default.createFile(atPath: outputFile.path, contents: nil),
            FileManager.default.createFile(atPath: errorFile.path, contents: nil),
            let output = FileHandle(forWritingAtPath: outputFile.path), let errors = FileHandle(forWritingAtPath: errorFile.path)
        else { throw .workDirectory(workDirectory.path) }
        defer { try? output.close(); try? errors.close() }
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = FileHandle.nullDevice
        let finished = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in finished.signal() }
        do { try process.run() } catch { throw .launch(executable.path, String(describing: error)) }
        if finished.wait(timeout: .now() + timeout) == .timedOut {
            // SIGKILL, not SIGTERM: Foundation's Process passes on the spawning thread's signal mask, and
            // on a worker thread that mask blocks SIGTERM, so a polite request might never arrive. A
            // hung browser has nothing worth saving; its helper processes exit with it.
            kill(process.processIdentifier, SIGKILL)
            finished.wait()
            throw .timedOut(seconds: Int(timeout))
        }
        let printed = (try? Data(contentsOf: outputFile)).map { [UInt8]($0) } ?? []
        let diagnostics = (try? String(contentsOf: errorFile, encoding: .utf8)) ?? ""
        return Run(status: process.terminationStatus, output: printed, errors: diagnostics)
    }

    /// A private (0700) scratch directory, removed by `body`'s end whatever happens.
    static func withWorkDirectory<Result>(_ body: (URL) throws(DossierPDFError) -> Result) throws(DossierPDFError) -> Result {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("jalon-chromium-" + UUID().uuidString)
        do {
            try FileManager.default.createDirectory(
                at: directory, withIntermediateDirectories: false,
                attributes: [.posixPermissions: 0o700])
        } catch { throw .workDirectory(directory.path) }
        defer { try? FileManager.default.removeItem(at: directory) }
        return try body(directory)
    }
}
