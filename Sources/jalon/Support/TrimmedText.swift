import ArgumentParser
import Foundation

/// Reads a free-text option trimmed; a blank one is a usage error naming the option.
func trimmedText(option: String) -> @Sendable (String) throws -> String {
    { text in
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { throw ValidationError(L("\(option) est vide", "\(option) is empty")) }
        return trimmed
    }
}
