/// Content a portal stored in the document under its own namespace. Jalon never interprets it and
/// writes it back byte for byte, so a portal's data survives a round trip through any Jalon version.
public struct Extensions: Hashable, Sendable {
    /// The serialised children of `<extensions>`, each carrying its own namespace declarations.
    public var rawXML: String

    public init(rawXML: String) { self.rawXML = rawXML }
}
