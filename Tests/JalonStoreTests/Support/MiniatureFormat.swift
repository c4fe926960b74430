import Foundation
import JalonStore
import JalonXML

/// A tiny project format (same root and namespace rules as the real one, a trivial schema) so the
/// store and the migrator are tested on their own, whatever the real format becomes.
enum MiniatureFormat {
    static func schema(version: String, extraElement: String? = nil) -> XMLSchema {
        let extra = extraElement.map { #"<xs:element name="\#($0)" type="xs:string"/>"# } ?? ""
        let xsd = """
            <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" targetNamespace="urn:jalon:project:1"
                       xmlns="urn:jalon:project:1" elementFormDefault="qualified">
              <xs:element name="project"><xs:complexType><xs:sequence>
                \(extra)
                <xs:element name="text" type="xs:string" minOccurs="0" maxOccurs="unbounded"/>
              </xs:sequence>
              <xs:attribute name="schemaVersion" type="xs:string" fixed="\(version)" use="required"/>
              </xs:complexType></xs:element>
            </xs:schema>
            """
        return try! XMLSchema(bytes: Array(xsd.utf8), sourceName: "miniature-\(version).xsd")
    }

    /// Format 1.0 only.
    static let single = ProjectFormat(versions: [FormatVersion(1, 0)], migrations: [], schemaSource: { _ in schema(version: "1.0") })

    static func document(_ texts: [String], version: String = "1.0", extra: String = "") -> [UInt8] {
        var writer = XMLWriter()
        writer.start("project", attributes: [("xmlns", "urn:jalon:project:1"), ("schemaVersion", version)])
        if !extra.isEmpty { writer.leaf("titre", text: extra) }
        for text in texts { writer.leaf("text", text: text) }
        writer.end()
        return writer.finish()
    }
}
