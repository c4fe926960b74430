import Foundation

/// What else the machine was doing: the figures of a shared machine mean little without it.
public enum Machine {
    /// `/proc/loadavg`'s three averages (1, 5 and 15 minutes), e.g. "3.41 2.90 2.12".
    public static var load: String {
        guard let text = try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8) else { return "?" }
        return text.split(separator: " ").prefix(3).joined(separator: " ")
    }

    public static var cores: Int { ProcessInfo.processInfo.activeProcessorCount }

    /// One line for a report's head: date, cores and load.
    public static var summary: String {
        let date = ISO8601DateFormatter.string(from: Date(), timeZone: .gmt, formatOptions: [.withInternetDateTime])
        return "\(date), \(cores) cores, load \(load) (1, 5, 15 min)"
    }
}
