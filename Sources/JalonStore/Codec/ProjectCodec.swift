import JalonCore
import JalonXML

/// Converts projects to and from documents in the current format (`urn:jalon:project:1`, 1.3).
/// Validation against `project-1.3.xsd` and version handling (older documents are migrated first)
/// belong to the loader; the codec only maps.
public enum ProjectCodec {
    /// The one version this codec maps; `ProjectFormat.standard.current` must equal it (a test checks),
    /// so adding a format version cannot silently leave the codec behind.
    public static let version = FormatVersion(1, 3)
    /// `urn:jalon:project:1`.
    public static let namespace = ProjectFormat.namespace(of: version)

    /// The document as UTF-8 bytes with an XML declaration, two-space indented. Deterministic: the
    /// same project always gives the same bytes, which revision fingerprints rely on.
    public static func encode(_ project: Project) -> [UInt8] {
        ProjectEncoder.encode(project)
    }

    /// The project a parsed (and, normally, validated) document holds.
    public static func decode(_ document: XMLDocument) throws(ProjectDecodingError) -> Project {
        try ProjectDecoder.decode(document)
    }
}
