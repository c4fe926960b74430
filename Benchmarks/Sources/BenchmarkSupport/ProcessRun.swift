import Foundation

/// One whole process, start to exit: wall time, CPU time (user + system, the process and every
/// descendant it waited for) and peak resident memory, from `wait4`'s rusage. posix_spawn and
/// wait4 rather than Foundation's `Process`, which polls and rounds runs up. Every
/// benchmark that times whole processes uses it.
///
/// Peak memory needs a small go-between: glibc's posix_spawn shares the parent's memory until the
/// exec (`CLONE_VM | CLONE_VFORK`) and Linux then records the parent's peak as the child's
/// starting `ru_maxrss`, so a benchmark that built its input in memory would see its own peak in
/// every child. With `measuringMemory`, the command runs under GNU time (`/usr/bin/time -f %M`),
/// whose child starts from time's own ~1 MB; its figure is `wait4`'s `ru_maxrss` of that child.
public struct ProcessRun: Sendable {
    /// Seconds, start to exit.
    public var wall: Double
    /// Seconds of CPU, user + system.
    public var cpu: Double
    /// Peak resident set, bytes (the largest single process for a pipeline of several).
    public var peakMemory: Int
    /// The exit code, or 128 + the signal that killed the process (as shells say).
    public var status: Int32

    /// Runs `executable` with stdin read from, and stderr sent to, /dev/null; stdout to `standardOutput`
    /// (a file, so that no reading thread is timed), else to /dev/null.
    public static func run(
        _ executable: String, _ arguments: [String], measuringMemory: Bool = false,
        standardOutput: String = "/dev/null"
    ) throws -> ProcessRun {
        guard measuringMemory else { return try spawn(executable, arguments, standardOutput: standardOutput) }
        let time = "/usr/bin/time"
        guard FileManager.default.isExecutableFile(atPath: time) else {
            throw BenchmarkFailure("\(time) (GNU time) is needed to measure a child's own peak memory")
        }
        let report = FileManager.default.temporaryDirectory.appendingPathComponent("jalon-maxrss-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: report) }
        var run = try spawn(time, ["-f", "%M", "-o", report, executable] + arguments, standardOutput: standardOutput)
        // GNU time writes "Command exited with non-zero status N" first when it did.
        let lines = (try? String(contentsOfFile: report, encoding: .utf8))?.split(separator: "\n") ?? []
        guard let kilobytes = lines.last.flatMap({ Int($0) }) else { throw BenchmarkFailure("no peak memory from \(time)") }
        run.peakMemory = kilobytes * 1024
        return run
    }

    /// Runs a step that is not timed and returns what it printed; a failure stops the benchmark.
    public static func output(_ executable: String, _ arguments: [String]) throws -> String {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("jalon-output-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: file) }
        let run = try spawn(executable, arguments, standardOutput: file)
        guard run.status == 0 else {
            throw BenchmarkFailure("\(([executable] + arguments).prefix(4).joined(separator: " ")): failed (status \(run.status))")
        }
        return (try? String(contentsOfFile: file, encoding: .utf8)) ?? ""
    }

    private static func spawn(_ executable: String, _ arguments: [String], standardOutput: String) throws -> ProcessRun {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, standardOutput, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        let start = DispatchTime.now().uptimeNanoseconds
        guard posix_spawn(&pid, executable, &actions, nil, argv, environ) == 0 else {
            throw BenchmarkFailure("cannot start \(executable)")
        }
        var status: Int32 = 0
        var usage = rusage()
        var waited = wait4(pid, &status, 0, &usage)
        while waited == -1 && errno == EINTR { waited = wait4(pid, &status, 0, &usage) }
        guard waited == pid else { throw BenchmarkFailure("wait4 failed for \(executable)") }
        let wall = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        func seconds(_ time: timeval) -> Double { Double(time.tv_sec) + Double(time.tv_usec) / 1e6 }
        // Linux reports ru_maxrss in kilobytes.
        return ProcessRun(
            wall: wall, cpu: seconds(usage.ru_utime) + seconds(usage.ru_stime),
            peakMemory: usage.ru_maxrss * 1024,
            status: status & 0x7F == 0 ? (status >> 8) & 0xFF : 128 + status & 0x7F)
    }
}

/// The median of each measure over several runs.
public struct RunSummary: Sendable {
    public var runs: [ProcessRun]

    public init(runs: [ProcessRun]) { self.runs = runs }

    public func median(_ value: (ProcessRun) -> Double) -> Double { BenchmarkSupport.median(runs.map(value)) }

    /// The nearest-rank percentile (`fraction` 0.9: the p90).
    public func percentile(_ fraction: Double, _ value: (ProcessRun) -> Double) -> Double {
        BenchmarkSupport.percentile(runs.map(value), fraction)
    }

    public var wall: Double { median(\.wall) }
    public var cpu: Double { median(\.cpu) }
    /// CPU time over wall time: 2 when both cores worked the whole run.
    public var parallelism: Double { median { $0.cpu / $0.wall } }
    public var peakMegabytes: Double { median { Double($0.peakMemory) / 1_000_000 } }
}
