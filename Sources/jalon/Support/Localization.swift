import Foundation
import JalonLocale

/// The language of this run: `--lang` on the command line (read before parsing, so that help is
/// translated too), else the environment (`JALON_LANG`, `LC_ALL`, `LC_MESSAGES`, `LANG`), else French.
enum RunLanguage {
    static let current: Language = {
        let arguments = CommandLine.arguments
        for (index, argument) in arguments.enumerated() {
            if argument.hasPrefix("--lang="), let language = Language(rawValue: String(argument.dropFirst(7))) { return language }
            if argument == "--lang", index + 1 < arguments.count, let language = Language(rawValue: arguments[index + 1]) {
                return language
            }
        }
        return Language.fromEnvironment()
    }()
}

/// The sentence in the run's language.
func L(_ french: String, _ english: String) -> String {
    RunLanguage.current.pick(fr: french, en: english)
}
