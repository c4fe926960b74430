import JalonXML

/// One named step from a format version to the next. It reads a document valid in `from` and writes
/// one valid in `to`; the migrator checks both sides against their schemas.
public struct ProjectMigration: Sendable {
    public var name: String
    public var from: FormatVersion
    public var to: FormatVersion
    public var transform: @Sendable (XMLDocument) throws -> [UInt8]

    public init(
        name: String, from: FormatVersion, to: FormatVersion,
        transform: @escaping @Sendable (XMLDocument) throws -> [UInt8]
    ) {
        self.name = name
        self.from = from
        self.to = to
        self.transform = transform
    }
}
