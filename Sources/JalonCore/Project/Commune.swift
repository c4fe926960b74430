/// A commune by its INSEE code (`70279` Gray, `2A004` Ajaccio) and its name for display. The code is
/// authoritative; the name only spares a reader a lookup.
public struct Commune: Hashable, Sendable {
    public let codeInsee: String
    public var nom: String

    /// Nil unless `codeInsee` has five characters: digits, or `2A`/`2B` followed by three digits.
    public init?(codeInsee: String, nom: String) {
        let characters = Array(codeInsee)
        guard characters.count == 5,
            characters[2...].allSatisfy(\.isASCIIDigitCharacter),
            characters[0].isASCIIDigitCharacter,
            characters[1].isASCIIDigitCharacter || (characters[0] == "2" && "AB".contains(characters[1]))
        else { return nil }
        self.codeInsee = codeInsee
        self.nom = nom
    }
}
