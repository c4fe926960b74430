/// A short identifier that is unique inside one project (an experience, an action, a note…), such as
/// `x1` or `rdv-mission-locale`. The phantom `Kind` keeps an `ActionID` from being passed where an
/// `ExperienceID` is expected, without one hand-written struct per kind.
public struct LocalID<Kind>: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let rawValue: String

    /// Lower-case ASCII letter, then up to 31 lower-case letters, digits or hyphens: safe in a URL
    /// fragment, a file name and an XML attribute alike.
    public init?(_ text: String) {
        let bytes = Array(text.utf8)
        guard (1...32).contains(bytes.count), Self.isLetter(bytes[0]),
            bytes.allSatisfy({ Self.isLetter($0) || Self.isDigit($0) || $0 == UInt8(ascii: "-") })
        else { return nil }
        rawValue = text
    }

    public var description: String { rawValue }
    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }

    private static func isLetter(_ byte: UInt8) -> Bool { (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) }
    private static func isDigit(_ byte: UInt8) -> Bool { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) }
}

public typealias ExperienceID = LocalID<Experience>
public typealias ActionID = LocalID<PlanAction>
public typealias NoteID = LocalID<CounsellorNote>
public typealias QuestionID = LocalID<RiasecAnswer>

extension LocalID {
    /// The next free identifier `prefixN` among `existing` (`a1`, `a2`… for actions, `n1`… for notes).
    public static func next(prefix: String, after existing: [LocalID<Kind>]) -> LocalID<Kind> {
        let used = existing.compactMap { id -> Int? in
            id.rawValue.hasPrefix(prefix) ? Int(id.rawValue.dropFirst(prefix.count)) : nil
        }
        return LocalID<Kind>(prefix + String((used.max() ?? 0) + 1))!
    }
}
