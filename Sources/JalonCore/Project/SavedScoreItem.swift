/// An item behind a score component, as shown: a ROME item (by `code_ogr`), a centre d'intérêt, a
/// question, a fiche… by its code, with the label displayed and what it did to the score.
public struct SavedScoreItem: Hashable, Sendable {
    public enum Role: String, CaseIterable, Sendable, CustomStringConvertible {
        /// The person has it and the métier asks for it.
        case correspond
        /// The métier asks for it and the person does not have it yet.
        case manque
        /// It raised the score without being a requirement.
        case contribue
        public var description: String { rawValue }
    }

    /// The item's code in its own referential (`300138`, `14`, `r1`, `H2909`), kept as a token.
    public var code: String
    public var role: Role
    /// The label as shown; nil when none was copied.
    public var libelle: String?

    public init(code: String, role: Role, libelle: String? = nil) {
        self.code = code
        self.role = role
        self.libelle = libelle?.isEmpty == true ? nil : libelle
    }
}
