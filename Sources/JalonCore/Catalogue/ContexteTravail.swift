/// A working condition ROME attaches to fiches ("Travail le samedi"), grouped by type.
public struct ContexteTravail: Sendable, Equatable {
    public let ogr: OgrCode
    public let label: String
    /// ROME's type ("Horaires et durée du travail").
    public let type: String

    public init(ogr: OgrCode, label: String, type: String) {
        self.ogr = ogr
        self.label = label
        self.type = type
    }
}
