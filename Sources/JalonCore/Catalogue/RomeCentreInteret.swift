/// One of ROME's 30 interest statements ("J'ai envie de créer, construire, rénover"), as the catalogue
/// defines it; a project refers to it by `CentreInteretCode`.
public struct RomeCentreInteret: Sendable, Equatable {
    public let code: CentreInteretCode
    public let label: String
    public let definition: String
    public let source: CatalogueSource

    public init(code: CentreInteretCode, label: String, definition: String, source: CatalogueSource) {
        self.code = code
        self.label = label
        self.definition = definition
        self.source = source
    }
}

/// A fiche linked to a centre d'intérêt; `isPrincipal` when ROME marks the link `oui`.
public struct RomeCentreInteretLink: Sendable, Equatable {
    public let centreInteret: CentreInteretCode
    public let fiche: RomeCode
    public let isPrincipal: Bool

    public init(centreInteret: CentreInteretCode, fiche: RomeCode, isPrincipal: Bool) {
        self.centreInteret = centreInteret
        self.fiche = fiche
        self.isPrincipal = isPrincipal
    }
}
