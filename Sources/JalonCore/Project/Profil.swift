/// Step 1: who the person is, as far as the project needs. Everything personal is optional and kept
/// minimal (a pseudonym is enough); only the situation is required, because the rest of the journey
/// depends on it.
public struct Profil: Hashable, Sendable {
    /// A display name or a pseudonym, never required.
    public var nomAffiche: String?
    public var anneeNaissance: Int?
    public var contact: Contact?
    public var commune: Commune?
    public var departement: Departement?
    /// How far the person is ready to travel, in kilometres.
    public var mobiliteKm: Int?
    public var situation: Situation
    public var diplome: DiplomeLePlusEleve?
    /// Free-text constraints ("pas de permis", "horaires compatibles avec la garde des enfants").
    public var contraintes: [String]

    public init(
        nomAffiche: String? = nil, anneeNaissance: Int? = nil, contact: Contact? = nil,
        commune: Commune? = nil, departement: Departement? = nil, mobiliteKm: Int? = nil,
        situation: Situation, diplome: DiplomeLePlusEleve? = nil, contraintes: [String] = []
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
    }
}
