import Foundation
import JalonCore
import Testing

@Suite("Day and Timestamp")
struct DayAndTimestampTests {
    @Test(arguments: ["2024-02-29", "2000-02-29", "1970-01-01", "0001-01-01", "9999-12-31"])
    func parsesAndWritesRealDays(_ text: String) throws {
        let day = try #require(Day(iso8601: text))
        #expect(day.iso8601 == text)
    }

    @Test(arguments: ["2023-02-29", "1900-02-29", "2024-04-31", "2024-13-01", "2024-00-10", "2024-2-01", "24-02-01", "2024-02-01Z", "２０２４-02-01", ""])
    func refusesWhatIsNotADay(_ text: String) {
        #expect(Day(iso8601: text) == nil)
    }

    @Test func countsDaysFromTheEpoch() throws {
        #expect(Day(year: 1970, month: 1, day: 1)?.daysSinceEpoch == 0)
        #expect(Day(year: 2000, month: 3, day: 1)?.daysSinceEpoch == 11_017)
        #expect(Day(year: 1969, month: 12, day: 31)?.daysSinceEpoch == -1)
        for days in stride(from: -800_000, through: 2_900_000, by: 997) {
            #expect(Day(daysSinceEpoch: days).daysSinceEpoch == days)
        }
    }

    @Test func timestampsAgreeWithFoundation() throws {
        let formatter = ISO8601DateFormatter()
        for text in ["2026-11-29T03:35:13Z", "1970-01-01T00:00:00Z", "1969-12-31T23:59:59Z", "2024-02-29T12:00:00Z"] {
            let timestamp = try #require(Timestamp(iso8601: text))
            #expect(timestamp.date == formatter.date(from: text))
            #expect(timestamp.iso8601 == text)
        }
    }

    @Test(arguments: [
        "2026-11-29T03:35:13+01:00", "2026-11-29T03:35:13.5Z", "2026-11-29T24:00:00Z", "2026-11-29 03:35:13Z", "2026-02-30T00:00:00Z",
        // Read on bytes: digits of other scripts, signs, a combining mark, year 0 are refused as before.
        "２026-11-29T03:35:13Z", "2026-11-29T03:35:1٣Z", "+026-11-29T03:35:13Z", "2026-11-29T03:35:13Z\u{301}",
        "0000-01-01T00:00:00Z", "2026-11-29T03:60:00Z", ""
    ])
    func refusesOtherInstantForms(_ text: String) {
        #expect(Timestamp(iso8601: text) == nil)
    }

    @Test func dropsFractionsOfASecond() {
        #expect(Timestamp(Date(timeIntervalSince1970: 10.9)).secondsSince1970 == 10)
        #expect(Timestamp(Date(timeIntervalSince1970: -0.5)).iso8601 == "1969-12-31T23:59:59Z")
        #expect(Timestamp(iso8601: "2026-11-29T23:59:59Z")?.day == Day(year: 2026, month: 11, day: 29))
    }
}
