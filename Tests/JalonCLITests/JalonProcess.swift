import Foundation

/// Runs the built `jalon` binary as a person would, in a private store, and captures what it prints.
struct JalonProcess {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    let store: String
    var language = "fr"
    /// A program that starts jalon on the test's behalf, with its arguments (`setpriv --reuid=…` to run
    /// it as another user); empty: jalon is started directly.
    var launcher: [String] = []
    /// The jalon binary to run: the built one, or a copy another user can reach.
    var executable: URL = JalonProcess.binary
    /// Variables set on top of the test's environment, or removed with nil. Colours are off unless a
    /// test removes `NO_COLOR` to see them.
    var environment: [String: String?] = ["NO_COLOR": "1"]

    /// `swift build --build-tests` puts the executable next to the test bundle.
    static let binary: URL = {
        let candidates = [Bundle.main.bundleURL, Bundle.main.bundleURL.deletingLastPathComponent()]
        for folder in candidates {
            let url = folder.appendingPathComponent("jalon")
            if FileManager.default.isExecutableFile(atPath: url.path) { return url }
        }
        fatalError("jalon binary not found near \(Bundle.main.bundleURL.path); run swift build --build-tests")
    }()

    static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func sample(_ name: String) -> String { repositoryRoot.appendingPathComponent("Samples/\(name)").path }

    @discardableResult
    func run(_ arguments: String..., input: Data? = nil) throws -> Result {
        try run(arguments: arguments, input: input)
    }

    func run(arguments: [String], input: Data? = nil, withStore: Bool = true) throws -> Result {
        let jalonArguments = fullArguments(arguments, withStore: withStore)
        if let program = launcher.first {
            return try launch(URL(fileURLWithPath: program), arguments: launcher.dropFirst() + [executable.path] + jalonArguments, input: input)
        }
        return try launch(executable, arguments: jalonArguments, input: input)
    }

    func fullArguments(_ arguments: [String], withStore: Bool) -> [String] {
        arguments + (withStore && arguments.first != "validate" ? ["--store", store] : [])
    }

    /// The environment jalon runs in: the test's own with `defaults` added, the run's language, no store
    /// inherited from the caller, then `environment`'s changes.
    func processEnvironment(defaults: [String: String] = [:]) -> [String: String] {
        var environment = ProcessInfo.processInfo.environment.merging(defaults) { _, added in added }
        environment["JALON_LANG"] = language
        environment.removeValue(forKey: "JALON_STORE")
        for (name, value) in self.environment { environment[name] = value }
        return environment
    }

    private func launch(_ program: URL, arguments: [String], input: Data?) throws -> Result {
        let process = Process()
        process.executableURL = program
        process.arguments = arguments
        process.environment = processEnvironment()
        let out = Pipe(), err = Pipe(), inPipe = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = inPipe
        try process.run()
        if let input { inPipe.fileHandleForWriting.write(input) }
        try inPipe.fileHandleForWriting.close()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(
            status: process.terminationStatus,
            stdout: String(decoding: stdout, as: UTF8.self),
            stderr: String(decoding: stderr, as: UTF8.self))
    }

    /// The store's project ids, through `list --json`.
    func projectIDs() throws -> [String] {
        let result = try run("list", "--json")
        let list = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]] ?? []
        return list.compactMap { $0["id"] as? String }
    }
}

/// A fresh folder removed when the value goes.
final class ScratchFolder {
    let path: String

    init() {
        path = FileManager.default.temporaryDirectory.appendingPathComponent("jalon-cli-\(UUID().uuidString.lowercased())").path
        try! FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }
}
