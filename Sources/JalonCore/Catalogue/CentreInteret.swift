/// One of ROME's 30 interest statements ("J'ai envie de créer, construire, rénover").
public struct CentreInteret: Sendable, Equatable {
    public let code: Int
    public let label: String
    public let definition: String
    public let source: CatalogueSource

    public init(code: Int, label: String, definition: String, source: CatalogueSource) {
        self.code = code
        self.label = label
        self.definition = definition
        self.source = source
    }
}

/// A fiche linked to a centre d'intérêt; `isPrincipal` when ROME marks the link `oui`.
public struct CentreInteretLink: Sendable, Equatable {
    public let centreInteret: Int
    public let fiche: RomeCode
    public let isPrincipal: Bool

    public init(centreInteret: Int, fiche: RomeCode, isPrincipal: Bool) {
        self.centreInteret = centreInteret
        self.fiche = fiche
        self.isPrincipal = isPrincipal
    }
}
