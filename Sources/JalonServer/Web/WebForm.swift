import Foundation

/// A submitted `application/x-www-form-urlencoded` form: every value of every field, in order.
struct WebForm: Sendable {
    private(set) var fields: [(name: String, value: String)] = []

    init() {}

    init(urlEncoded body: String) {
        fields = body.split(separator: "&", omittingEmptySubsequences: true).map { pair in
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            return (Self.decode(parts[0]), parts.count > 1 ? Self.decode(parts[1]) : "")
        }
    }

    private static func decode(_ text: Substring) -> String {
        text.replacingOccurrences(of: "+", with: " ").removingPercentEncoding ?? ""
    }

    /// The field's first value, trimmed; nil when absent or blank.
    subscript(_ name: String) -> String? {
        guard let value = fields.first(where: { $0.name == name })?.value.trimmingCharacters(in: .whitespacesAndNewlines),
            !value.isEmpty
        else { return nil }
        return value
    }

    /// Whether the form had the field at all (an emptied input is sent, blank).
    func sent(_ name: String) -> Bool { fields.contains { $0.name == name } }

    /// Every value of a repeated field (checkboxes), trimmed, blanks left out.
    func all(_ name: String) -> [String] {
        fields.filter { $0.name == name }.map { $0.value.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty }
    }

    /// Fields whose names start with `prefix`, by the rest of their name (`centre-7` → `7`).
    func prefixed(_ prefix: String) -> [(key: String, value: String)] {
        fields.filter { $0.name.hasPrefix(prefix) }.map { (String($0.name.dropFirst(prefix.count)), $0.value) }
    }
}
