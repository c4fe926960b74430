/// One step of a saved path: a certification, its level and route, with the insertion rate shown.
/// Like `Formation`, a step without certification is a preparatory course.
public struct SavedPathStep: Hashable, Sendable {
    public var certification: CertificationCode?
    public var intitule: String?
    public var niveau: Niveau?
    public var voie: Formation.Voie
    public var insertion: SavedInsertionRate?

    public init(
        certification: CertificationCode? = nil, intitule: String? = nil, niveau: Niveau? = nil,
        voie: Formation.Voie, insertion: SavedInsertionRate? = nil
    ) {
        self.certification = certification
        self.intitule = intitule?.isEmpty == true ? nil : intitule
        self.niveau = niveau
        self.voie = voie
        self.insertion = insertion
    }
}
