/// One of ROME's job titles, pointing to the fiche that describes it.
public struct Appellation: Sendable, Equatable {
    public let ogr: OgrCode
    public let longLabel: String
    public let shortLabel: String
    public let fiche: RomeCode
    /// True for the appellation that names the fiche itself (ROME's `PRINCIPALE` classification).
    public let isPrincipale: Bool
    public let source: CatalogueSource

    public init(ogr: OgrCode, longLabel: String, shortLabel: String, fiche: RomeCode, isPrincipale: Bool, source: CatalogueSource) {
        self.ogr = ogr
        self.longLabel = longLabel
        self.shortLabel = shortLabel
        self.fiche = fiche
        self.isPrincipale = isPrincipale
        self.source = source
    }
}
