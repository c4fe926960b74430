import Foundation

/// An instant to the whole second, always written in UTC (`2026-11-29T03:35:13Z`). Whole seconds and a
/// fixed zone make the text form unique, so two saves of the same project give the same bytes.
public struct Timestamp: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let secondsSince1970: Int64

    public init(secondsSince1970: Int64) { self.secondsSince1970 = secondsSince1970 }

    /// Drops the fraction of a second (towards the past).
    public init(_ date: Date) { secondsSince1970 = Int64(date.timeIntervalSince1970.rounded(.down)) }

    public static func now() -> Timestamp { Timestamp(Date()) }

    public var date: Date { Date(timeIntervalSince1970: TimeInterval(secondsSince1970)) }

    /// Parses exactly `YYYY-MM-DDThh:mm:ssZ`; other zones and fractions are refused rather than
    /// normalised, because the schema refuses them too.
    /// Read on the UTF-8 bytes at fixed places: every date of every project read goes through here
    /// (a caseload review, hundreds per file), and the form accepted is all ASCII.
    public init?(iso8601 text: String) {
        var text = text
        guard let seconds = text.withUTF8({ Self.parse($0) }) else { return nil }
        secondsSince1970 = seconds
    }

    private static func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> Int64? {
        guard bytes.count == 20, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"), bytes[10] == UInt8(ascii: "T"),
            bytes[13] == UInt8(ascii: ":"), bytes[16] == UInt8(ascii: ":"), bytes[19] == UInt8(ascii: "Z")
        else { return nil }
        func number(_ start: Int, _ length: Int) -> Int? {
            var value = 0
            for index in start..<(start + length) {
                let digit = bytes[index] &- UInt8(ascii: "0")
                guard digit < 10 else { return nil }
                value = value * 10 + Int(digit)
            }
            return value
        }
        guard let year = number(0, 4), let month = number(5, 2), let dayOfMonth = number(8, 2),
            let day = Day(year: year, month: month, day: dayOfMonth),
            let hour = number(11, 2), let minute = number(14, 2), let second = number(17, 2),
            hour < 24, minute < 60, second < 60
        else { return nil }
        return Int64(day.daysSinceEpoch) * 86_400 + Int64(hour * 3600 + minute * 60 + second)
    }

    /// The UTC day of this instant.
    public var day: Day {
        let (days, _) = Self.split(secondsSince1970)
        return Day(daysSinceEpoch: Int(days))
    }

    public var iso8601: String {
        let (days, seconds) = Self.split(secondsSince1970)
        let day = Day(daysSinceEpoch: Int(days))
        let s = Int(seconds)
        return day.iso8601 + "T" + Day.pad(s / 3600, 2) + ":" + Day.pad(s / 60 % 60, 2) + ":" + Day.pad(s % 60, 2) + "Z"
    }

    public var description: String { iso8601 }
    public static func < (lhs: Timestamp, rhs: Timestamp) -> Bool { lhs.secondsSince1970 < rhs.secondsSince1970 }

    /// Floor division, so instants before 1970 land on the right day.
    private static func split(_ value: Int64) -> (days: Int64, seconds: Int64) {
        let days = value >= 0 ? value / 86_400 : (value - 86_399) / 86_400
        return (days, value - days * 86_400)
    }
}
