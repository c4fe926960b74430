import Foundation
import Synchronization
import Testing

/// A built program of this package (`jalon`, `JalonStoreStress`) run as a real process, so the store is
/// tested across processes: its stdout read line by line as it comes, its stdin fed on demand, and
/// SIGKILL when a test wants it dead mid-save. stderr goes to a file, so it can never fill a pipe.
/// A child still running after `timeout` is killed and reported, so a hang fails the test instead of
/// stalling the run; Swift's backtracer is off in children, since it can hang when writes fail (libfiu).
final class ChildProcess {
    /// `.build/<config>`: on Linux `swift test` runs the test bundle from there, next to the executables.
    static let productsDirectory: URL = {
        let url = Bundle.main.bundleURL
        return url.lastPathComponent.hasSuffix(".xctest") ? url.deletingLastPathComponent() : url
    }()

    static func product(_ name: String) -> URL { productsDirectory.appendingPathComponent(name) }

    /// An executable on PATH (fiu-run, for instance), or nil.
    static func onPath(_ name: String) -> URL? {
        let directories = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        return directories.map { URL(fileURLWithPath: "\($0)/\(name)") }
            .first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }

    /// How a finished process ended and everything it wrote.
    struct Outcome {
        var status: Int32
        var killedBySignal: Bool
        /// Killed by the watchdog: the child hung.
        var timedOut: Bool
        var output: [String]
        var errors: String
    }

    let process = Process()
    private let output = Pipe()
    private let input = Pipe()
    private let errorFile: String
    private var pending: [UInt8] = []
    private var reachedEnd = false
    private let watchdog: Watchdog

    init(_ executable: URL, _ arguments: [String], timeout: TimeInterval = 60) throws {
        errorFile = FileManager.default.temporaryDirectory.appendingPathComponent("jalon-stderr-\(UUID().uuidString)").path
        _ = FileManager.default.createFile(atPath: errorFile, contents: nil)
        process.executableURL = executable
        process.arguments = arguments
        process.standardOutput = output
        process.standardInput = input
        process.standardError = FileHandle(forWritingAtPath: errorFile)
        process.environment = ProcessInfo.processInfo.environment.merging(["SWIFT_BACKTRACE": "enable=no"]) { $1 }
        try process.run()
        watchdog = Watchdog(process, after: timeout)
    }

    deinit {
        if process.isRunning { kill() }
        try? FileManager.default.removeItem(atPath: errorFile)
    }

    /// Runs to the end with stdin closed.
    static func run(_ executable: URL, _ arguments: [String]) throws -> Outcome {
        let child = try ChildProcess(executable, arguments)
        child.closeInput()
        return child.finish()
    }

    /// The next line on stdout, waiting for it; nil at end of output.
    func readLine() -> String? {
        while true {
            if let newline = pending.firstIndex(of: UInt8(ascii: "\n")) {
                let line = String(decoding: pending[..<newline], as: UTF8.self)
                pending.removeSubrange(...newline)
                return line
            }
            if reachedEnd {
                guard !pending.isEmpty else { return nil }
                defer { pending.removeAll() }
                return String(decoding: pending, as: UTF8.self)
            }
            var chunk = [UInt8](repeating: 0, count: 4096)
            let count = chunk.withUnsafeMutableBytes { Glibc.read(output.fileHandleForReading.fileDescriptor, $0.baseAddress!, $0.count) }
            if count < 0, errno == EINTR { continue }
            if count <= 0 { reachedEnd = true } else { pending += chunk[..<count] }
        }
    }

    func send(_ line: String) {
        input.fileHandleForWriting.write(Data((line + "\n").utf8))
    }

    func closeInput() {
        try? input.fileHandleForWriting.close()
    }

    func kill() {
        _ = Glibc.kill(process.processIdentifier, SIGKILL)
    }

    /// Waits for the exit, then returns what stdout still held and all of stderr.
    func finish() -> Outcome {
        var rest: [String] = []
        while let line = readLine() { rest.append(line) }
        process.waitUntilExit()
        let errors = (try? String(contentsOfFile: errorFile, encoding: .utf8)) ?? ""
        return Outcome(
            status: process.terminationStatus, killedBySignal: process.terminationReason == .uncaughtSignal,
            timedOut: watchdog.fired, output: rest, errors: errors)
    }
}

/// Kills a process still running at its deadline, and remembers having done so.
private final class Watchdog: @unchecked Sendable {
    private let state = Mutex(false)
    var fired: Bool { state.withLock { $0 } }

    init(_ process: Process, after timeout: TimeInterval) {
        DispatchQueue.global().asyncAfter(deadline: .now() + timeout) { [self] in
            // isRunning turns false when Foundation reaps the child, so a finished one is never signalled.
            guard process.isRunning else { return }
            state.withLock { $0 = true }
            _ = Glibc.kill(process.processIdentifier, SIGKILL)
        }
    }
}
