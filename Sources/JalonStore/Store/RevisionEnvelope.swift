import Foundation
import JalonCore
import JalonXML

/// The file of one revision: the project document wrapped in `<revision>` with who, when, why and the
/// document's fingerprint. One file per revision, so one rename commits a save.
package enum RevisionEnvelope {
    static let namespace = "urn:jalon:revision:1"

    package static func encode(info: RevisionInfo, projectDocument: [UInt8]) -> [UInt8] {
        var writer = XMLWriter()
        var attributes: [(String, String)] = [
            ("xmlns", namespace),
            ("project", info.projectID.rawValue),
            ("number", String(info.number))
        ]
        if let parent = info.parent { attributes.append(("parent", String(parent))) }
        if let restoredFrom = info.restoredFrom { attributes.append(("restoredFrom", String(restoredFrom))) }
        attributes.append(("created", info.created.iso8601))
        attributes.append(("authorRole", info.author.role.rawValue))
        if let name = info.author.name { attributes.append(("authorName", name)) }
        attributes.append(("schemaVersion", info.schemaVersion))
        attributes.append(("fingerprint", info.fingerprint))
        writer.start("revision", attributes: attributes)
        writer.leaf("message", text: info.message)
        writer.embed(document: projectDocument)
        writer.end()
        return writer.finish()
    }

    /// Reads a revision file: its metadata and the project document taken out on its own.
    package static func decode(_ bytes: [UInt8], path: String, schema: XMLSchema? = nil) throws(StoreError) -> (RevisionInfo, XMLDocument) {
        let corrupt = { (reason: String) in StoreError.corruptRevision(path: path, reason: reason) }
        let envelope: XMLDocument
        do {
            envelope = try XMLDocument(bytes: bytes, sourceName: path, limits: .init(maxBytes: 64 << 20))
        } catch { throw corrupt(error.message(in: .fr)) }
        if let first = schema?.validate(envelope).first { throw corrupt("enveloppe non valide : \(first)") }
        guard let root = envelope.root, root.name == "revision", root.namespaceURI == namespace else {
            throw corrupt("pas d’élément <revision>")
        }
        guard let projectID = root.attribute("project").flatMap(ProjectID.init),
            let number = root.attribute("number").flatMap(Int.init),
            let created = root.attribute("created").flatMap(Timestamp.init(iso8601:)),
            let role = root.attribute("authorRole").flatMap(RevisionAuthor.Role.init(rawValue:)),
            let schemaVersion = root.attribute("schemaVersion"),
            let fingerprint = root.attribute("fingerprint")
        else { throw corrupt("métadonnées de révision incomplètes") }
        guard let projectElement = root.children.first(where: { $0.name == ProjectFormat.rootElement }),
            let project = projectElement.detachedDocument(sourceName: path)
        else { throw corrupt("pas de document <project>") }
        let info = RevisionInfo(
            projectID: projectID, number: number,
            parent: root.attribute("parent").flatMap(Int.init),
            restoredFrom: root.attribute("restoredFrom").flatMap(Int.init),
            created: created,
            author: RevisionAuthor(role: role, name: root.attribute("authorName")),
            message: root.firstChild(named: "message")?.text ?? "",
            schemaVersion: schemaVersion, fingerprint: fingerprint)
        return (info, project)
    }
}
