/// A knowledge item of ROME ("Techniques de soudage").
public struct Savoir: Sendable, Equatable {
    public let ogr: OgrCode
    public let label: String
    public let category: String
    public let subcategory: String
    public let source: CatalogueSource

    public init(ogr: OgrCode, label: String, category: String, subcategory: String, source: CatalogueSource) {
        self.ogr = ogr
        self.label = label
        self.category = category
        self.subcategory = subcategory
        self.source = source
    }
}
