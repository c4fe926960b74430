import Foundation
import JalonCore

/// Colours only where a person reads them: the stream is a terminal, `NO_COLOR` is absent or empty
/// (no-color.org) and `TERM` is not `dumb`. A pipe, a file or a script always gets plain text.
struct TerminalStyle: Sendable {
    enum Colour: String, Sendable {
        case red = "31", green = "32", yellow = "33", bold = "1", dim = "2"
    }

    let isEnabled: Bool

    static let plain = TerminalStyle(isEnabled: false)
    static let standardOutput = TerminalStyle(fileDescriptor: STDOUT_FILENO)
    static let standardError = TerminalStyle(fileDescriptor: STDERR_FILENO)

    init(isEnabled: Bool) { self.isEnabled = isEnabled }

    init(fileDescriptor: Int32, environment: [String: String] = ProcessInfo.processInfo.environment) {
        let noColor = environment["NO_COLOR"].map { !$0.isEmpty } ?? false
        isEnabled = isatty(fileDescriptor) == 1 && !noColor && environment["TERM"] != "dumb"
    }

    /// `text` wrapped in the colour's SGR escape and a reset, or unchanged when colours are off.
    func paint(_ text: String, _ colour: Colour) -> String {
        isEnabled ? "\u{1B}[\(colour.rawValue)m\(text)\u{1B}[0m" : text
    }

    /// A step state in the colour that says what to do with it: done, under way, to review, not begun.
    func paint(_ text: String, state: StepState) -> String {
        switch state {
        case .terminee: paint(text, .green)
        case .enCours: paint(text, .bold)
        case .aRevoir: paint(text, .yellow)
        case .nonCommencee: paint(text, .dim)
        }
    }
}
