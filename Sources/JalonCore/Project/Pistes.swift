/// Step 4: métiers kept, suggested, or set aside. The three lists mirror the document's three groups,
/// which is what lets the schema check that a formation targets a kept piste and that at most five are
/// kept; a fiche appears in one list only.
public struct Pistes: Hashable, Sendable {
    public static let maximumRetenues = 5

    public var retenues: [Piste]
    public var suggerees: [Piste]
    public var ecartees: [Piste]

    public init(retenues: [Piste] = [], suggerees: [Piste] = [], ecartees: [Piste] = []) {
        self.retenues = retenues
        self.suggerees = suggerees
        self.ecartees = ecartees
    }

    public subscript(statut: Piste.Statut) -> [Piste] {
        get {
            switch statut {
            case .retenue: retenues
            case .suggeree: suggerees
            case .ecartee: ecartees
            }
        }
        set {
            switch statut {
            case .retenue: retenues = newValue
            case .suggeree: suggerees = newValue
            case .ecartee: ecartees = newValue
            }
        }
    }

    /// Every piste, kept first, then suggested, then set aside.
    public var pistes: [Piste] { retenues + suggerees + ecartees }

    /// The status of the piste for `fiche`, if the fiche is among the pistes.
    public func statut(of fiche: RomeCode) -> Piste.Statut? {
        Piste.Statut.allCases.first { self[$0].contains { $0.fiche == fiche } }
    }
}
