import CPseudoTerminal
import Foundation
import Glibc

/// The built `jalon` run on a pseudo-terminal, as a person at a terminal runs it: a new session
/// (POSIX_SPAWN_SETSID) whose standard input, output and error are the terminal's slave side, so
/// `isatty` is true and raw mode is real. The test plays the person on the master side: it reads what
/// is drawn and types keys. Standard output may instead go to a pipe (`outputIsTerminal: false`), the
/// case of `jalon … | less`. The only way the tests give jalon a terminal.
final class PseudoTerminal {
    enum Failure: Error, CustomStringConvertible {
        case system(String, Int32)
        case timeout(waitingFor: String, output: String)

        var description: String {
            switch self {
            case .system(let call, let code): "\(call) failed: \(String(cString: strerror(code)))"
            case .timeout(let text, let output): "no “\(text)” within the time allowed; output so far:\n\(output)"
            }
        }
    }

    private let master: Int32
    private let outputPipe: Int32?
    let pid: pid_t
    /// Everything the program wrote so far, terminal and pipe together, in the order read.
    private(set) var output: [UInt8] = []
    private var exitStatus: Int32?

    var text: String { String(decoding: output, as: UTF8.self) }

    init(_ jalon: JalonProcess, _ arguments: [String], outputIsTerminal: Bool = true) throws {
        master = jalon_pty_open_master()
        guard master >= 0 else { throw Failure.system("posix_openpt", errno) }
        var name = [CChar](repeating: 0, count: 128)
        let named = jalon_pty_slave_path(master, &name, name.count)
        guard named == 0 else { throw Failure.system("ptsname_r", named) }
        let slavePath = String(decoding: name.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)

        var pipeEnds: [Int32] = [-1, -1]
        if !outputIsTerminal {
            guard pipe(&pipeEnds) == 0 else { throw Failure.system("pipe", errno) }
            // Close-on-exec, so that no other program started meanwhile holds them (the pipe would never
            // end); dup2 gives the program a plain copy as its standard output.
            for end in pipeEnds { _ = fcntl(end, F_SETFD, FD_CLOEXEC) }
        }
        outputPipe = outputIsTerminal ? nil : pipeEnds[0]

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        // Opened in the child after setsid, without O_NOCTTY: the terminal becomes its controlling one.
        posix_spawn_file_actions_addopen(&actions, 0, slavePath, O_RDWR, 0)
        posix_spawn_file_actions_adddup2(&actions, outputIsTerminal ? 0 : pipeEnds[1], 1)
        posix_spawn_file_actions_adddup2(&actions, 0, 2)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        posix_spawnattr_setflags(&attributes, jalon_spawn_setsid_flag())

        let argv = ([jalon.executable.path] + jalon.fullArguments(arguments, withStore: true)).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        // A terminal's TERM unless the test sets its own; colours stay off unless it removes NO_COLOR.
        let environment = jalon.processEnvironment(defaults: ["TERM": "xterm"])
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { envp.forEach { free($0) } }

        var child: pid_t = 0
        let spawned = posix_spawn(&child, jalon.executable.path, &actions, &attributes, argv, envp)
        if !outputIsTerminal { close(pipeEnds[1]) }  // the program's copy is the only writer left
        guard spawned == 0 else { throw Failure.system("posix_spawn", spawned) }
        pid = child
    }

    deinit {
        if exitStatus == nil {
            kill(pid, SIGKILL)
            var status: Int32 = 0
            waitpid(pid, &status, 0)
        }
        close(master)
        if let outputPipe { close(outputPipe) }
    }

    /// Whether the terminal is in its usual line mode (ICANON and ECHO on), as the program set it: off
    /// while a session reads keys one by one, back on once it is over.
    var isInLineMode: Bool {
        var settings = termios()
        guard tcgetattr(master, &settings) == 0 else { return false }
        let line = tcflag_t(ICANON | ECHO)
        return settings.c_lflag & line == line
    }

    /// Types `keys` on the terminal.
    func type(_ keys: String) throws {
        let bytes = Array(keys.utf8)
        guard bytes.withUnsafeBytes({ write(master, $0.baseAddress, $0.count) }) == bytes.count else { throw Failure.system("write", errno) }
    }

    /// Reads until `text` appears in what was written after byte `offset` (by default, anywhere);
    /// returns the position just after it, to wait for the next drawing from there.
    @discardableResult
    func waitFor(_ text: String, after offset: Int = 0, timeout: TimeInterval = 30) throws -> Int {
        let needle = Array(text.utf8)
        let deadline = Date().addingTimeInterval(timeout)
        while true {
            if let found = Self.find(needle, in: output, from: offset) { return found + needle.count }
            guard Date() < deadline, read(for: deadline.timeIntervalSinceNow) else {
                throw Failure.timeout(waitingFor: text, output: self.text)
            }
        }
    }

    /// Waits for the program to end, reading what it still writes; its exit status, or 128 + the
    /// signal that ended it.
    func waitForExit(timeout: TimeInterval = 30) throws -> Int32 {
        if let exitStatus { return exitStatus }
        let deadline = Date().addingTimeInterval(timeout)
        var status: Int32 = 0
        while waitpid(pid, &status, WNOHANG) == 0 {
            guard Date() < deadline else { throw Failure.timeout(waitingFor: "exit", output: text) }
            _ = read(for: 0.05)
        }
        while read(for: 0.05) {}
        let code = (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
        exitStatus = code
        return code
    }

    /// Sends `signal` and waits for the end.
    func stop(with signal: Int32) throws -> Int32 {
        kill(pid, signal)
        return try waitForExit()
    }

    /// One round of reading whatever is ready within `seconds`; false when nothing more can come.
    private func read(for seconds: TimeInterval) -> Bool {
        var fds = [pollfd(fd: master, events: Int16(POLLIN), revents: 0)]
        if let outputPipe { fds.append(pollfd(fd: outputPipe, events: Int16(POLLIN), revents: 0)) }
        guard poll(&fds, nfds_t(fds.count), Int32(max(0, seconds) * 1000)) > 0 else { return false }
        var progressed = false
        var buffer = [UInt8](repeating: 0, count: 4096)
        for entry in fds where entry.revents != 0 {
            // EIO on the master once the slave side is closed: the program is gone.
            let count = buffer.withUnsafeMutableBytes { Glibc.read(entry.fd, $0.baseAddress, $0.count) }
            if count > 0 {
                output += buffer[0..<count]
                progressed = true
            }
        }
        return progressed
    }

    private static func find(_ needle: [UInt8], in haystack: [UInt8], from start: Int) -> Int? {
        guard !needle.isEmpty, haystack.count >= needle.count, start <= haystack.count - needle.count else { return nil }
        for index in start...(haystack.count - needle.count) where haystack[index] == needle[0] {
            if haystack[index..<(index + needle.count)].elementsEqual(needle) { return index }
        }
        return nil
    }
}

extension JalonProcess {
    /// The command on a pseudo-terminal, run to its end without typing anything: standard output and
    /// error both reach the terminal, so both come back in `stdout`.
    func runInTerminal(_ arguments: String...) throws -> Result {
        let terminal = try PseudoTerminal(self, arguments)
        let status = try terminal.waitForExit()
        return Result(status: status, stdout: terminal.text, stderr: "")
    }
}
