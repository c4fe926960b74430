/// A métier (fiche ROME) considered as a target, with the person's own remarks.
public struct Piste: Hashable, Sendable {
    /// Where a piste stands. Kept pistes are the targets the formations and the plan work towards.
    public enum Statut: String, CaseIterable, Sendable, CustomStringConvertible {
        case retenue, suggeree, ecartee
        public var description: String { rawValue }
    }

    public var fiche: RomeCode
    /// The fiche's label, copied for readability; the code is authoritative.
    public var libelle: String?
    /// 1 is the first choice among kept pistes, or the best suggestion among suggested ones.
    public var rang: Int?
    public var commentaires: [String]

    public init(fiche: RomeCode, libelle: String? = nil, rang: Int? = nil, commentaires: [String] = []) {
        self.fiche = fiche
        self.libelle = libelle?.isEmpty == true ? nil : libelle
        self.rang = rang
        self.commentaires = commentaires
    }
}
