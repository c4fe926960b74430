import Foundation

/// Runs a tool the tests compare Jalon with (`xmlsec1 --verify`, `grep -r`) to its exit, its output
/// discarded: only the verdict counts. posix_spawn + waitpid (Foundation's `Process` polls).
public struct ToolRun: Sendable {
    /// The exit code, or 128 + the signal that killed the tool (as shells say).
    public var status: Int32

    public static func run(_ executable: String, _ arguments: [String]) throws -> ToolRun {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        guard posix_spawn(&pid, executable, &actions, nil, argv, environ) == 0 else { throw Failure(description: "cannot start \(executable)") }
        var status: Int32 = 0
        var waited = waitpid(pid, &status, 0)
        while waited == -1 && errno == EINTR { waited = waitpid(pid, &status, 0) }
        guard waited == pid else { throw Failure(description: "waitpid failed for \(executable)") }
        return ToolRun(status: status & 0x7F == 0 ? (status >> 8) & 0xFF : 128 + status & 0x7F)
    }

    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }
}
