import Foundation

/// Whether the person is at a terminal: interactive sessions ask questions only when standard input is
/// one, and draw in place (escape codes) only when standard output is one too.
enum TerminalStreams {
    static var inputIsTerminal: Bool { isatty(STDIN_FILENO) == 1 }
    static var outputIsTerminal: Bool { isatty(STDOUT_FILENO) == 1 }

    /// Columns of the output terminal, to know how many rows a line takes when it wraps; 80 when the
    /// terminal does not say (a fresh pseudo-terminal reports 0).
    static var columns: Int {
        var size = winsize()
        if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return Int(size.ws_col) }
        return Int(ProcessInfo.processInfo.environment["COLUMNS"] ?? "").flatMap { $0 > 0 ? $0 : nil } ?? 80
    }

    /// Text on standard output now, without waiting for a newline: prompts end without one. What
    /// `print` buffered goes first, so lines keep their order.
    static func write(_ text: String) {
        fflush(nil)
        let bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeBytes { Foundation.write(STDOUT_FILENO, $0.baseAddress! + offset, $0.count - offset) }
            if written > 0 { offset += written } else if written < 0 && errno == EINTR { continue } else { return }
        }
    }
}
