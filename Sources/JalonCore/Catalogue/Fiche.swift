/// A fiche métier of ROME 4.0: what the job is, how one gets there, and its place in the taxonomy.
public struct Fiche: Sendable, Equatable {
    public struct Domaine: Sendable, Equatable, Hashable {
        public let code: String
        public let label: String
        public init(code: String, label: String) {
            self.code = code
            self.label = label
        }
    }

    public let code: RomeCode
    public let ogr: OgrCode
    /// Both gendered forms, as ROME writes them ("Aide-soignant / Aide-soignante").
    public let label: String
    public let grandDomaine: Domaine
    public let domaine: Domaine
    public let riasecMajor: RiasecType?
    public let riasecMinor: RiasecType?
    /// The sentences of the définition, in ROME's order.
    public let definition: [String]
    public let accesAuMetier: String
    /// Nil when ROME leaves the flag empty.
    public let emploiReglemente: Bool?
    public let emploiCadre: Bool?
    public let transitions: Transitions
    /// The generic fiche of its ROME 4.0 family (`code_rome_parent`); nil when the fiche is itself one.
    public let parent: RomeCode?
    public let source: CatalogueSource

    public init(
        code: RomeCode, ogr: OgrCode, label: String, grandDomaine: Domaine, domaine: Domaine,
        riasecMajor: RiasecType?, riasecMinor: RiasecType?, definition: [String], accesAuMetier: String,
        emploiReglemente: Bool?, emploiCadre: Bool?, transitions: Transitions, parent: RomeCode? = nil, source: CatalogueSource
    ) {
        self.code = code
        self.ogr = ogr
        self.label = label
        self.grandDomaine = grandDomaine
        self.domaine = domaine
        self.riasecMajor = riasecMajor
        self.riasecMinor = riasecMinor
        self.definition = definition
        self.accesAuMetier = accesAuMetier
        self.emploiReglemente = emploiReglemente
        self.emploiCadre = emploiCadre
        self.transitions = transitions
        self.parent = parent
        self.source = source
    }
}

/// ROME's transition flags of a fiche or appellation.
public struct Transitions: Sendable, Equatable {
    /// ROME's wording of the ecological class ("Emploi Vert", "Emploi Brun", …); nil when absent.
    public let ecologique: String?
    public let numerique: Bool?
    public let demographique: Bool?

    public init(ecologique: String?, numerique: Bool?, demographique: Bool?) {
        self.ecologique = ecologique
        self.numerique = numerique
        self.demographique = demographique
    }
}
