import ArgumentParser
import Foundation

/// `--json` for read commands: a stable, documented shape instead of French text.
struct JSONOutputOptions: ParsableArguments {
    @Flag(name: .long, help: ArgumentHelp(L("Sortie JSON (forme stable, pour les scripts).", "JSON output (stable shape, for scripts).")))
    var json = false
}

enum JSONOutput {
    /// Pretty, with sorted keys, so the same data always prints the same bytes.
    static func print<Value: Encodable>(_ value: Value) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        let data = try encoder.encode(value)
        try writeStandardOutput(data + Data("\n".utf8))
    }
}
