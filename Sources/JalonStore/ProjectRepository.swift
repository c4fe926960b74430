import Foundation
import JalonCore
import JalonXML

/// Projects as the rest of Jalon sees them: model values in, model values out. Joins the store (where
/// revisions live), the loader (checks and migrations) and the codec (XML ↔ model).
public struct ProjectRepository: Sendable {
    public let store: any ProjectStore
    public let loader: ProjectDocumentLoader
    /// Written into every saved document's metadata, to trace a faulty writer.
    public let generator: Generator

    public init(
        store: any ProjectStore, loader: ProjectDocumentLoader = ProjectDocumentLoader(),
        generator: Generator = Generator(name: "jalon", version: JalonVersion.current)
    ) {
        self.store = store
        self.loader = loader
        self.generator = generator
    }

    /// A project with the revision it was read from (the base for the next save).
    public struct Loaded: Sendable {
        public var project: Project
        public var revision: RevisionInfo
    }

    public func create(_ project: Project, author: RevisionAuthor, message: String) throws(RepositoryError) -> RevisionInfo {
        var project = project
        project.metadata.generator = generator
        let info: RevisionInfo
        do {
            info = try store.create(project.id, document: ProjectCodec.encode(project), author: author, message: message)
        } catch { throw .store(error) }
        keepSummary(of: Loaded(project: project, revision: info))
        return info
    }

    /// Every project's summary, in id order: the kept ones as they are, the others (none kept, or kept
    /// for an older revision) read in full and kept for next time. A project erased by another process
    /// meanwhile is skipped, not an error.
    public func summaries() throws(RepositoryError) -> [ProjectSummary] {
        let kept: [(id: ProjectID, summary: [UInt8]?)]
        do { kept = try store.keptSummaries() } catch { throw .store(error) }
        var summaries: [ProjectSummary] = []
        summaries.reserveCapacity(kept.count)
        for (id, bytes) in kept {
            if let bytes, let summary = try? JSONDecoder().decode(ProjectSummary.self, from: Data(bytes)) {
                summaries.append(summary)
            } else if let loaded = try loadIfPresent(id) {
                summaries.append(keepSummary(of: loaded))
            }
        }
        return summaries
    }

    /// Writes the summary of a revision just saved or read; a failure only costs a later full read.
    @discardableResult
    private func keepSummary(of loaded: Loaded) -> ProjectSummary {
        let summary = ProjectSummary(loaded)
        if let bytes = try? JSONEncoder().encode(summary) {
            try? store.keepSummary(Array(bytes), of: loaded.project.id, revision: loaded.revision.number)
        }
        return summary
    }

    /// The latest revision, or revision `number`, brought to the current format and decoded.
    public func load(_ id: ProjectID, revision number: Int? = nil) throws(RepositoryError) -> Loaded {
        let stored: StoredRevision
        do { stored = try store.revision(number, of: id) } catch { throw .store(error) }
        return Loaded(project: try decode(stored.document), revision: stored.info)
    }

    /// A revision file's bytes (`ProjectStore.latestRevisionBytes`) read back: checked, migrated, decoded.
    public func load(revisionBytes bytes: [UInt8], of id: ProjectID) throws(RepositoryError) -> Loaded {
        let (info, document): (RevisionInfo, XMLDocument)
        do { (info, document) = try RevisionEnvelope.decode(bytes, path: id.rawValue) } catch { throw .store(error) }
        guard info.projectID == id else {
            throw .store(.corruptRevision(path: id.rawValue, reason: "la révision dit être \(info.projectID)#\(info.number)"))
        }
        return Loaded(project: try decode(document), revision: info)
    }

    /// The latest revision, or nil when the project is not (or no longer) in the store: another
    /// process may erase it between a listing and this read, which must not fail a whole listing.
    public func loadIfPresent(_ id: ProjectID) throws(RepositoryError) -> Loaded? {
        do {
            return try load(id)
        } catch .store(.projectNotFound) {
            return nil
        } catch .store(.io(let error)) where error.code == ENOENT {
            // Erased while being read (the folder renamed away under our feet), or really unreadable.
            do { _ = try store.latestRevisionNumber(of: id) } catch .projectNotFound { return nil } catch { throw .store(error) }
            throw .store(.io(error))
        } catch {
            throw error
        }
    }

    /// Saves `project` on top of revision `base`; `updated` and the generator are set here.
    public func save(_ project: Project, basedOn base: Int, author: RevisionAuthor, message: String) throws(RepositoryError) -> RevisionInfo {
        var project = project
        project.metadata.updated = Timestamp.now()
        project.metadata.generator = generator
        return try store(project, basedOn: base, author: author, message: message, restoredFrom: nil)
    }

    private func store(
        _ project: Project, basedOn base: Int, author: RevisionAuthor, message: String,
        restoredFrom: Int?
    ) throws(RepositoryError) -> RevisionInfo {
        let info: RevisionInfo
        do {
            info = try store.save(
                project.id, document: ProjectCodec.encode(project), basedOn: base, author: author,
                message: message, restoredFrom: restoredFrom)
        } catch { throw .store(error) }
        keepSummary(of: Loaded(project: project, revision: info))
        return info
    }

    /// Reads an untrusted document (validated, migrated) and stores it as a new project. A document
    /// whose id is already in the store gets a fresh id, so an import never touches an existing project;
    /// so does one whose id was erased here (an old copy brings back no link, no access), and any
    /// import when `freshID` is set (the API: an id must not tell whether it exists).
    ///
    /// `droppingNotes`: counsellor notes are left out (an importer that may not speak for a counsellor).
    public func importDocument(
        _ bytes: [UInt8], sourceName: String, author: RevisionAuthor,
        freshID: Bool = false, droppingNotes: Bool = false
    ) throws(RepositoryError) -> ImportResult {
        let loaded: LoadedProjectDocument
        do { loaded = try loader.load(bytes: bytes, sourceName: sourceName) } catch { throw .load(error) }
        // Already validated and migrated by the loader: map it, without loading it a second time.
        var project = try mapToModel(loaded.document)
        let droppedNotes = droppingNotes ? project.notes.count : 0
        if droppingNotes { project.notes = [] }
        let originalID = project.id
        var taken = freshID
        do throws(StoreError) {
            if !taken { taken = try store.projectIDs().contains(originalID) }
            if !taken { taken = try store.wasErased(originalID) }
        } catch { throw .store(error) }
        if taken { project = project.withID(ProjectID()) }
        let message = ImportMessage.make(
            sourceName: sourceName, originalVersion: loaded.originalVersion,
            migrations: loaded.appliedMigrations)
        let revision: RevisionInfo
        do {
            revision = try create(project, author: author, message: message)
        } catch .store(.conflict(let id, expected: 0, actual: _)) where id == project.id && id == originalID {
            // Another process created this id after the listing above (the same document imported twice at once).
            project = project.withID(ProjectID())
            revision = try create(project, author: author, message: message)
        }
        return ImportResult(
            project: project, revision: revision, originalID: originalID,
            originalVersion: loaded.originalVersion, appliedMigrations: loaded.appliedMigrations,
            droppedNotes: droppedNotes)
    }

    public struct ImportResult: Sendable {
        public var project: Project
        public var revision: RevisionInfo
        public var originalID: ProjectID
        public var originalVersion: FormatVersion
        public var appliedMigrations: [String]
        /// Counsellor notes left out (`droppingNotes`).
        public var droppedNotes: Int = 0
        public var idChanged: Bool { project.id != originalID }
    }

    /// The project document in the current format, as Jalon writes it.
    public func exportXML(_ id: ProjectID, revision number: Int? = nil) throws(RepositoryError) -> [UInt8] {
        ProjectCodec.encode(try load(id, revision: number).project)
    }

    /// A new revision whose content is that of revision `number`, metadata included, so that its
    /// fingerprint is the old one's when the format has not changed since. Nothing is rewritten or lost.
    public func restore(_ id: ProjectID, revision number: Int, author: RevisionAuthor) throws(RepositoryError) -> RevisionInfo {
        let old = try load(id, revision: number)
        let latest: Int
        do { latest = try store.latestRevisionNumber(of: id) } catch { throw .store(error) }
        return try store(
            old.project, basedOn: latest, author: author,
            message: "Restauration de la révision \(number)", restoredFrom: number)
    }

    /// What changed from revision `a` to revision `b`, both brought to the current format.
    public func diff(_ id: ProjectID, from a: Int, to b: Int) throws(RepositoryError) -> RevisionDiff {
        RevisionDiff(from: try currentDocument(id, revision: a), to: try currentDocument(id, revision: b))
    }

    /// The differences between two revisions as a reader given `seenAs` sees them (a counsellor, what
    /// the person's consent lets through): each revision decoded, narrowed, written again, compared.
    public func diff(
        _ id: ProjectID, from a: Int, to b: Int,
        seenAs: (Project) -> Project
    ) throws(RepositoryError) -> RevisionDiff {
        var documents: [XMLDocument] = []
        for number in [a, b] {
            let bytes = ProjectCodec.encode(seenAs(try load(id, revision: number).project))
            do { documents.append(try XMLDocument(bytes: bytes, sourceName: "revision \(number)")) } catch { throw .load(.xml(error)) }
        }
        return RevisionDiff(from: documents[0], to: documents[1])
    }

    private func currentDocument(_ id: ProjectID, revision: Int) throws(RepositoryError) -> XMLDocument {
        let stored: StoredRevision
        do { stored = try store.revision(revision, of: id) } catch { throw .store(error) }
        do { return try loader.load(stored.document).document } catch { throw .load(error) }
    }

    /// A stored document, in whatever version it was saved, brought to the current format and mapped.
    private func decode(_ document: XMLDocument) throws(RepositoryError) -> Project {
        let current: LoadedProjectDocument
        do { current = try loader.load(document) } catch { throw .load(error) }
        return try mapToModel(current.document)
    }

    private func mapToModel(_ current: XMLDocument) throws(RepositoryError) -> Project {
        do { return try ProjectCodec.decode(current) } catch { throw .decoding(error) }
    }
}

/// Jalon's own version, written into documents and shown by `--version`.
public enum JalonVersion {
    public static let current = "0.1.0"
}
