/// Where a record of the catalogue comes from: a published data set, its publisher, its version or
/// date, and the licence under which it was published. Every record names one.
public struct CatalogueSource: Sendable, Equatable, Hashable, Codable {
    /// Short stable identifier, such as `rome`, `rncp`, `kit-apprentissage`.
    public let id: String
    public let title: String
    public let publisher: String
    /// The version or date as the publisher gives it (`v460`, `2026-02-01`).
    public let version: String
    public let licence: String

    public init(id: String, title: String, publisher: String, version: String, licence: String) {
        self.id = id
        self.title = title
        self.publisher = publisher
        self.version = version
        self.licence = licence
    }
}
