/// A reference to a ROME item (appellation, compétence) by its `code_ogr`, with the catalogue label
/// copied for readability. The code is authoritative: a renamed item keeps its code.
public struct RomeItemRef: Hashable, Sendable {
    public var code: OgrCode
    /// The label as the catalogue gave it when the reference was made; nil when not copied.
    public var libelle: String?

    public init(code: OgrCode, libelle: String? = nil) {
        self.code = code
        // An empty label and no label are the same thing in the document; keep one form.
        self.libelle = libelle?.isEmpty == true ? nil : libelle
    }
}
