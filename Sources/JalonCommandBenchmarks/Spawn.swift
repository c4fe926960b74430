import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// Starts a program with `posix_spawn` and waits for it with `wait4`: the time measured is the
/// process's own, not a run loop's polling (Foundation's `Process` notices an exit up to ~50 ms late),
/// and the child's CPU time (user + system) comes with it, which the machine's load barely changes.
enum Spawn {
    /// Runs `arguments[0]` (a path) with its output sent to /dev/null; returns the wall and CPU times and the exit status.
    static func timed(_ arguments: [String]) throws -> (seconds: Double, cpuSeconds: Double, status: Int32) {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let argv = arguments.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        let start = ContinuousClock.now
        let spawned = posix_spawn(&pid, arguments[0], &actions, nil, argv, environ)
        guard spawned == 0 else { throw SpawnError(path: arguments[0], code: spawned) }
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) == -1 && errno == EINTR {}
        let elapsed = ContinuousClock.now - start
        let cpu = [usage.ru_utime, usage.ru_stime].reduce(0.0) { $0 + Double($1.tv_sec) + Double($1.tv_usec) / 1e6 }
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        // WIFEXITED / WEXITSTATUS, which Swift does not import as functions.
        let exit = (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
        return (seconds, cpu, exit)
    }

    /// Runs a preparation step (not timed) and returns what it printed; a failure stops the benchmark.
    static func output(_ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: arguments[0])
        process.arguments = Array(arguments.dropFirst())
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw SpawnError(path: arguments.prefix(3).joined(separator: " "), code: process.terminationStatus)
        }
        return String(decoding: data, as: UTF8.self)
    }
}

struct SpawnError: Error, CustomStringConvertible {
    var path: String
    var code: Int32
    var description: String { "\(path): failed (\(code))" }
}
