import Foundation

/// Standard input read one key at a time, without echo and without waiting for Enter, while this value
/// lives. The terminal's settings come back when it goes, and also when the process is told to stop
/// (SIGTERM, SIGHUP, SIGQUIT, or SIGINT sent by kill), so a shell is never left without echo. Ctrl-C
/// and Ctrl-D arrive as keys (signals from the keyboard are off in this mode): both end the session
/// cleanly, after what was saved.
final class RawKeyboard {
    enum Key: Equatable {
        /// A printable ASCII character, as typed.
        case character(Character)
        case enter
        /// End of input, Ctrl-D or Ctrl-C.
        case end
    }

    private var original = termios()
    private let isRaw: Bool

    init() {
        guard tcgetattr(STDIN_FILENO, &original) == 0 else {
            isRaw = false
            return
        }
        var raw = original
        raw.c_lflag &= ~tcflag_t(ICANON | ECHO | ISIG)
        withUnsafeMutableBytes(of: &raw.c_cc) { cc in
            cc[Int(VMIN)] = 1
            cc[Int(VTIME)] = 0
        }
        savedTerminalSettings = original
        for stop in Self.stopSignals { signal(stop, restoreTerminalAndStop) }
        isRaw = tcsetattr(STDIN_FILENO, TCSANOW, &raw) == 0
    }

    deinit {
        guard isRaw else { return }
        tcsetattr(STDIN_FILENO, TCSADRAIN, &original)
        for stop in Self.stopSignals { signal(stop, SIG_DFL) }
        savedTerminalSettings = nil
    }

    private static let stopSignals = [SIGTERM, SIGHUP, SIGQUIT, SIGINT]

    /// The next key that means something; other bytes (escape sequences, non-ASCII) are skipped.
    func next() -> Key {
        while true {
            var byte: UInt8 = 0
            let count = read(STDIN_FILENO, &byte, 1)
            if count < 0 && errno == EINTR { continue }
            guard count == 1 else { return .end }
            switch byte {
            case 3, 4: return .end
            case 10, 13: return .enter
            case 0x20...0x7E: return .character(Character(UnicodeScalar(byte)))
            default: continue
            }
        }
    }
}

/// The settings to put back if a signal stops the process in raw mode. Written only on the main thread
/// before and after the session; read only by the handler.
nonisolated(unsafe) private var savedTerminalSettings: termios?

private func restoreTerminalAndStop(_ received: Int32) {
    if var saved = savedTerminalSettings { tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved) }
    signal(received, SIG_DFL)
    raise(received)
}
