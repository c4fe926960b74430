/// One of ROME's 30 centres d'intérêt (`code_centre_interet` 1…30, such as 22 "Je souhaite prendre
/// soin des autres").
public struct CentreInteretCode: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let rawValue: Int
    public static let range = 1...30

    public init?(_ rawValue: Int) {
        guard Self.range.contains(rawValue) else { return nil }
        self.rawValue = rawValue
    }

    public var description: String { String(rawValue) }
    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// How much a centre d'intérêt speaks to the person.
public struct CentreInteretRating: Hashable, Sendable {
    public var centre: CentreInteretCode
    public var rating: Rating

    public init(centre: CentreInteretCode, rating: Rating) {
        self.centre = centre
        self.rating = rating
    }
}
