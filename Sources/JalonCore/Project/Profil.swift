/// Step 1: who the person is, as far as the project needs. Everything is optional and kept minimal (a
/// pseudonym is enough): a project may start from a name alone, before the person says more.
public struct Profil: Hashable, Sendable {
    /// A display name or a pseudonym, never required.
    public var nomAffiche: String?
    public var anneeNaissance: Int?
    public var contact: Contact?
    public var commune: Commune?
    public var departement: Departement?
    /// How far the person is ready to travel, in kilometres.
    public var mobiliteKm: Int?
    /// The rest of the journey adapts to it; nil until the person says.
    public var situation: Situation?
    public var diplome: DiplomeLePlusEleve?
    /// Free-text constraints ("pas de permis", "horaires compatibles avec la garde des enfants").
    public var contraintes: [String]
    /// The matching preference « métiers qui recrutent dans ma région » (format 1.3): when on, the job
    /// prospects of each métier's family in the person's place add a bonus to its score
    /// (``MatchingWeights/debouchesBonus``). Off by default.
    public var metiersQuiRecrutent: Bool

    public init(
        nomAffiche: String? = nil, anneeNaissance: Int? = nil, contact: Contact? = nil,
        commune: Commune? = nil, departement: Departement? = nil, mobiliteKm: Int? = nil,
        situation: Situation? = nil, diplome: DiplomeLePlusEleve? = nil, contraintes: [String] = [],
        metiersQuiRecrutent: Bool = false
    ) {
        self.nomAffiche = nomAffiche
        self.anneeNaissance = anneeNaissance
        self.contact = contact
        self.commune = commune
        self.departement = departement
        self.mobiliteKm = mobiliteKm
        self.situation = situation
        self.diplome = diplome
        self.contraintes = contraintes
        self.metiersQuiRecrutent = metiersQuiRecrutent
    }
}

extension Profil {
    /// The birth years a person building a professional project can have in `year`: over 120 years
    /// old is a typing slip. The CLI and the server refuse the same years.
    public static func plausibleBirthYears(in year: Int) -> ClosedRange<Int> { (year - 120)...year }
}
