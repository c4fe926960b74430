/// Step 6: one dated action of the plan.
public struct PlanAction: Hashable, Sendable, Identifiable {
    public enum Kind: String, CaseIterable, Sendable, CustomStringConvertible {
        case enqueteMetier = "enquete-metier"
        case immersion
        case forum
        case rendezVous = "rendez-vous"
        case candidature
        case autre
        public var description: String { rawValue }
    }

    public enum Status: String, CaseIterable, Sendable, CustomStringConvertible {
        case aFaire = "a-faire"
        case planifiee
        case faite
        case annulee
        public var description: String { rawValue }
    }

    public let id: ActionID
    public var kind: Kind
    public var status: Status
    public var intitule: String
    /// The day it is planned for or was done; nil while not scheduled.
    public var date: Day?
    /// The kept piste the action explores, if it is about one.
    public var fiche: RomeCode?
    public var lieu: String?
    /// What came out of it, written afterwards.
    public var compteRendu: String?

    public init(
        id: ActionID, kind: Kind, status: Status, intitule: String, date: Day? = nil,
        fiche: RomeCode? = nil, lieu: String? = nil, compteRendu: String? = nil
    ) {
        self.id = id
        self.kind = kind
        self.status = status
        self.intitule = intitule
        self.date = date
        self.fiche = fiche
        self.lieu = lieu
        self.compteRendu = compteRendu
    }
}
