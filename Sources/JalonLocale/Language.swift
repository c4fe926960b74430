import Foundation

/// The language of messages, help and exports. French first; English on request.
public enum Language: String, Sendable, CaseIterable, Codable {
    case fr
    case en

    /// The language asked for by the environment: `JALON_LANG`, then `LC_ALL`, `LC_MESSAGES`, `LANG`.
    /// Anything that does not start with `en` is French, the service's language.
    public static func fromEnvironment(_ environment: [String: String] = ProcessInfo.processInfo.environment) -> Language {
        for key in ["JALON_LANG", "LC_ALL", "LC_MESSAGES", "LANG"] {
            guard let value = environment[key], !value.isEmpty else { continue }
            return value.lowercased().hasPrefix("en") ? .en : .fr
        }
        return .fr
    }

    /// Picks the sentence for this language.
    @inlinable
    public func pick(fr french: String, en english: String) -> String {
        self == .fr ? french : english
    }
}

/// An error that can say what went wrong as a sentence a person can act on, in either language, and
/// what kind of failure it is.
public protocol LocalizedFailure: Error, CustomStringConvertible {
    func message(in language: Language) -> String
    /// The one thing the CLI's exit code and the API's status are derived from when no more precise
    /// answer is given (`JalonExitCode.code(for:)`, `Problem.from(_:_:)`): each error type says it by an
    /// exhaustive switch over its own cases, so a new case or a new type cannot fall into a default.
    var failureKind: FailureKind { get }
}

extension LocalizedFailure {
    public var description: String { message(in: .fr) }
}
