/// An ONISEP métier page linked to a fiche.
public struct OnisepLink: Sendable, Equatable {
    public let fiche: RomeCode
    public let label: String
    public let url: String
    public let source: CatalogueSource

    public init(fiche: RomeCode, label: String, url: String, source: CatalogueSource) {
        self.fiche = fiche
        self.label = label
        self.url = url
        self.source = source
    }
}
