import JalonCore
import JalonXML

/// A project document that passed the store's check, with what its revision records of it. Every
/// backend checks with this before it writes: nothing unvalidated reaches a file or a database.
package struct CheckedDocument: Sendable {
    package var bytes: [UInt8]
    package var version: FormatVersion
    package var fingerprint: String

    /// The document must be a valid project of the current format, about this project.
    package init(_ document: [UInt8], of id: ProjectID, format: ProjectFormat) throws(StoreError) {
        try self.init(document, of: id, format: format, accepting: [format.current])
    }

    /// A revision copied from another store (`StoreCopy`): valid in the format version it was saved in,
    /// with the very fingerprint that store recorded.
    package init(copy document: [UInt8], of info: RevisionInfo, format: ProjectFormat) throws(StoreError) {
        try self.init(document, of: info.projectID, format: format, accepting: format.versions)
        guard fingerprint == info.fingerprint, version.description == info.schemaVersion else {
            throw .corruptRevision(
                path: "\(info.projectID)#\(info.number)",
                reason: "empreinte ou version différente de celle enregistrée (\(info.fingerprint), \(info.schemaVersion))")
        }
    }

    private init(_ document: [UInt8], of id: ProjectID, format: ProjectFormat, accepting versions: [FormatVersion]) throws(StoreError) {
        let parsed: XMLDocument
        do {
            parsed = try XMLDocument(bytes: document, sourceName: id.rawValue)
        } catch { throw .invalidDocument(error) }
        let loader = ProjectDocumentLoader(format: format)
        let version: FormatVersion
        do {
            version = try loader.declaredVersion(of: parsed)
            guard versions.contains(version) else {
                throw ProjectLoadError.unknownVersion(XMLSourceLocation(sourceName: id.rawValue), found: version, readable: versions)
            }
            try format.schema(for: version).assertValid(parsed)
        } catch let error as XMLError {
            throw .invalidDocument(error)
        } catch {
            throw .invalidDocument(
                XMLError(
                    .invalid(diagnostics: []), at: XMLSourceLocation(sourceName: id.rawValue),
                    detail: (error as? ProjectLoadError)?.message(in: .fr) ?? String(describing: error)))
        }
        do { fingerprint = try parsed.fingerprint() } catch { throw .invalidDocument(error) }
        bytes = document
        self.version = version
    }

    /// What the revision after `latest` records of this document.
    package func revision(
        of id: ProjectID, after latest: Int, author: RevisionAuthor, message: String,
        restoredFrom: Int?
    ) -> RevisionInfo {
        RevisionInfo(
            projectID: id, number: latest + 1, parent: latest == 0 ? nil : latest, restoredFrom: restoredFrom,
            created: .now(), author: author, message: message, schemaVersion: version.description,
            fingerprint: fingerprint)
    }
}
