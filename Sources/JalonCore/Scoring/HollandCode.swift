/// A Holland code: one to three distinct RIASEC types, most characteristic first, such as `SAE`.
///
/// A person's code from the questionnaire has three letters; a ROME fiche has a major type and an
/// optional minor type, hence one or two letters. The congruence indices take both (see
/// <doc:CongruenceIndices>).
public struct HollandCode: Hashable, Sendable, CustomStringConvertible {
    public let letters: [RiasecType]

    public static let maximumLength = 3

    /// Nil unless there are one to three letters, none repeated.
    public init?(_ letters: [RiasecType]) {
        guard (1...Self.maximumLength).contains(letters.count), Set(letters).count == letters.count else { return nil }
        self.letters = letters
    }

    /// Parses `"SAE"`; nil for anything else than one to three distinct letters among R I A S E C.
    public init?(_ text: String) {
        var letters: [RiasecType] = []
        for character in text {
            guard let type = RiasecType(letter: character) else { return nil }
            letters.append(type)
        }
        self.init(letters)
    }

    /// A ROME fiche's code: its major type, then its minor type when ROME gives one. A minor equal to
    /// the major adds nothing, so it is dropped rather than refused.
    public init(major: RiasecType, minor: RiasecType?) {
        letters = minor.map { $0 == major ? [major] : [major, $0] } ?? [major]
    }

    public var count: Int { letters.count }

    /// The letter at `position` (0-based), nil past the end: the congruence formulas read a short
    /// code as a three-letter code whose missing places match nothing.
    public subscript(position: Int) -> RiasecType? {
        letters.indices.contains(position) ? letters[position] : nil
    }

    public var description: String { letters.map(\.rawValue).joined() }
}
