/// The paths shown towards one métier, best first.
public struct SavedPathTarget: Hashable, Sendable {
    public var fiche: RomeCode
    /// The fiche's label as shown; the code is authoritative.
    public var libelle: String?
    /// Ranks are unique within a target.
    public var chemins: [SavedPath]

    public init(fiche: RomeCode, libelle: String? = nil, chemins: [SavedPath] = []) {
        self.fiche = fiche
        self.libelle = libelle?.isEmpty == true ? nil : libelle
        self.chemins = chemins
    }
}
