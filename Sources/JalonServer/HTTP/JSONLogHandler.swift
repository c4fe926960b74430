import Foundation
import Logging

/// Logs as JSON lines on standard error: time, level, label, message and metadata as fields, so log
/// collectors read them without parsing prose. What goes in is chosen by the callers (no personal data).
public struct JSONLogHandler: LogHandler {
    public var logLevel: Logger.Level = .info
    public var metadata: Logger.Metadata = [:]
    private let label: String

    public init(label: String) { self.label = label }

    public subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    public func log(event: LogEvent) {
        var fields: [String: String] = [:]
        for (key, value) in metadata.merging(event.metadata ?? [:], uniquingKeysWith: { $1 }) { fields[key] = "\(value)" }
        // FoundationEssentials' ISO 8601 style: a formatter per line from ICU cost more than the rest of a request.
        fields["time"] = Date.now.formatted(.iso8601)
        fields["level"] = event.level.rawValue
        fields["label"] = label
        fields["message"] = "\(event.message)"
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(fields) else { return }
        // The throwing write: the plain one traps when stderr is closed or full.
        try? FileHandle.standardError.write(contentsOf: data + Data("\n".utf8))
    }
}
