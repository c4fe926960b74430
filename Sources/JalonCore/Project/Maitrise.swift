/// How well the person masters a compétence, in their own judgement. Stored as 1–4 in the document.
public enum Maitrise: Int, CaseIterable, Sendable, Comparable, CustomStringConvertible {
    case notions = 1
    case pratique = 2
    case autonomie = 3
    case expertise = 4

    public var description: String { String(rawValue) }
    public static func < (lhs: Maitrise, rhs: Maitrise) -> Bool { lhs.rawValue < rhs.rawValue }
}
