import Foundation
import JalonCore
import JalonXML
import Synchronization

/// Projects as folders of immutable revision files:
///
///     STORE/projects/<uuid>/lock              flock(2) guard of the commit
///     STORE/projects/<uuid>/00000001.xml …    one revision each (RevisionEnvelope)
///     STORE/projects/<uuid>/.tmp-…            a save in flight (cleaned when found stale)
///
/// A save writes a temporary file, fsyncs it, renames it to the next number and fsyncs the folder,
/// all under the project's lock; a crash at any point leaves either the old state or the new one.
public final class FileProjectStore: ProjectStore {
    public let root: String
    private let fileSystem: any StoreFileSystem
    private let format: ProjectFormat
    /// Serialises saves to one project inside this process (flock does it between processes).
    private let inProcessLocks = Mutex<[ProjectID: NSLock]>([:])

    public init(root: String, fileSystem: any StoreFileSystem = POSIXStoreFileSystem(), format: ProjectFormat = .standard) throws(StoreError) {
        self.root = root
        self.fileSystem = fileSystem
        self.format = format
        do {
            try fileSystem.makeDirectory(root)
            try fileSystem.makeDirectory(projectsFolder)
        } catch { throw .io(error) }
    }

    private var projectsFolder: String { root + "/projects" }
    private func folder(of id: ProjectID) -> String { projectsFolder + "/" + id.rawValue }
    private func revisionPath(_ number: Int, of id: ProjectID) -> String {
        folder(of: id) + "/" + Self.revisionFileName(number)
    }

    static func revisionFileName(_ number: Int) -> String {
        let digits = String(number)
        return String(repeating: "0", count: max(0, 8 - digits.count)) + digits + ".xml"
    }

    static func revisionNumber(fileName: String) -> Int? {
        guard fileName.hasSuffix(".xml"), !fileName.hasPrefix(".") else { return nil }
        let stem = fileName.dropLast(4)
        guard !stem.isEmpty, stem.allSatisfy(\.isASCIIDigit) else { return nil }
        return Int(stem)
    }

    // MARK: Writing

    public func create(_ id: ProjectID, document: [UInt8], author: RevisionAuthor, message: String) throws(StoreError) -> RevisionInfo {
        let checked = try check(document, of: id)
        do {
            try fileSystem.makeDirectory(folder(of: id))
            try fileSystem.syncDirectory(projectsFolder)
        } catch { throw .io(error) }
        do {
            return try commit(id, document: document, checked: checked, basedOn: 0, author: author, message: message, restoredFrom: nil)
        } catch {
            removeIfEmpty(id)
            throw error
        }
    }

    public func save(_ id: ProjectID, document: [UInt8], basedOn base: Int, author: RevisionAuthor, message: String,
                     restoredFrom: Int? = nil) throws(StoreError) -> RevisionInfo {
        guard fileSystem.exists(folder(of: id)) else { throw .projectNotFound(id) }
        // Validate and fingerprint before taking any lock: a refused document costs the store nothing.
        let checked = try check(document, of: id)
        return try commit(id, document: document, checked: checked, basedOn: base, author: author, message: message,
                          restoredFrom: restoredFrom)
    }

    /// A project folder left without any revision by a failed creation is not a project: remove it.
    private func removeIfEmpty(_ id: ProjectID) {
        guard let names = try? fileSystem.contentsOfDirectory(folder(of: id)),
              !names.contains(where: { Self.revisionNumber(fileName: $0) != nil }) else { return }
        for name in names { try? fileSystem.remove(folder(of: id) + "/" + name) }
        try? fileSystem.removeDirectory(folder(of: id))
    }

    private func commit(_ id: ProjectID, document: [UInt8], checked: (version: FormatVersion, fingerprint: String),
                        basedOn base: Int, author: RevisionAuthor, message: String,
                        restoredFrom: Int?) throws(StoreError) -> RevisionInfo {
        let (version, fingerprint) = checked
        return try withProjectLock(id) { () throws(StoreError) -> RevisionInfo in
            let latest = try latestRevisionNumber(of: id)
            guard latest == base else { throw .conflict(id, expected: base, actual: latest) }
            let info = RevisionInfo(
                projectID: id, number: latest + 1, parent: latest == 0 ? nil : latest, restoredFrom: restoredFrom,
                created: Date(timeIntervalSince1970: Date().timeIntervalSince1970.rounded(.down)),
                author: author, message: message, schemaVersion: version.description, fingerprint: fingerprint)
            let bytes = RevisionEnvelope.encode(info: info, projectDocument: document)
            let temporary = folder(of: id) + "/.tmp-" + UUID().uuidString.lowercased()
            let final = revisionPath(info.number, of: id)
            do {
                guard !fileSystem.exists(final) else { throw StoreError.conflict(id, expected: base, actual: info.number) }
                try fileSystem.writeDurably(bytes, toNewFile: temporary)
                do {
                    try fileSystem.rename(temporary, to: final)
                } catch {
                    try? fileSystem.remove(temporary)
                    throw error
                }
                try fileSystem.syncDirectory(folder(of: id))
            } catch let error as StoreIOError {
                try? fileSystem.remove(temporary)
                throw .io(error)
            } catch let error as StoreError {
                throw error
            } catch {
                throw .io(StoreIOError(operation: "save", path: final, code: 0))
            }
            return info
        }
    }

    /// The document must be a valid project of the current format, about this project.
    private func check(_ document: [UInt8], of id: ProjectID) throws(StoreError) -> (version: FormatVersion, fingerprint: String) {
        let parsed: XMLDocument
        do {
            parsed = try XMLDocument(bytes: document, sourceName: id.rawValue)
        } catch { throw .invalidDocument(error) }
        let loader = ProjectDocumentLoader(format: format)
        let version: FormatVersion
        do {
            version = try loader.declaredVersion(of: parsed)
            guard version == format.current else {
                throw ProjectLoadError.unknownVersion(XMLSourceLocation(sourceName: id.rawValue), found: version, readable: [format.current])
            }
            try format.schema(for: version).assertValid(parsed)
        } catch let error as XMLError {
            throw .invalidDocument(error)
        } catch {
            throw .invalidDocument(XMLError(.invalid(diagnostics: []), at: XMLSourceLocation(sourceName: id.rawValue),
                                            detail: (error as? ProjectLoadError)?.message(in: .fr) ?? String(describing: error)))
        }
        do { return (version, try parsed.fingerprint()) } catch { throw .invalidDocument(error) }
    }

    private func withProjectLock<Result>(_ id: ProjectID, _ body: () throws(StoreError) -> Result) throws(StoreError) -> Result {
        let lock = inProcessLocks.withLock { locks in
            if let existing = locks[id] { return existing }
            let created = NSLock()
            locks[id] = created
            return created
        }
        lock.lock()
        defer { lock.unlock() }
        let fileLock: StoreFileLock
        do { fileLock = try fileSystem.lockExclusively(folder(of: id) + "/lock") } catch { throw .io(error) }
        return try withExtendedLifetime(fileLock) { () throws(StoreError) -> Result in
            removeLeftoverTemporaryFiles(of: id)
            return try body()
        }
    }

    /// Temporary files are only ever written under the lock, so any found while holding it belong to a
    /// save that died: removing them cannot disturb a live writer.
    private func removeLeftoverTemporaryFiles(of id: ProjectID) {
        guard let names = try? fileSystem.contentsOfDirectory(folder(of: id)) else { return }
        for name in names where name.hasPrefix(".tmp-") {
            try? fileSystem.remove(folder(of: id) + "/" + name)
        }
    }

    // MARK: Reading

    public func projectIDs() throws(StoreError) -> [ProjectID] {
        do {
            return try fileSystem.contentsOfDirectory(projectsFolder).compactMap(ProjectID.init).sorted { $0.rawValue < $1.rawValue }
        } catch { throw .io(error) }
    }

    public func latestRevisionNumber(of id: ProjectID) throws(StoreError) -> Int {
        try revisionNumbers(of: id).last ?? 0
    }

    func revisionNumbers(of id: ProjectID) throws(StoreError) -> [Int] {
        guard fileSystem.exists(folder(of: id)) else { throw .projectNotFound(id) }
        do {
            return try fileSystem.contentsOfDirectory(folder(of: id)).compactMap(Self.revisionNumber(fileName:)).sorted()
        } catch { throw .io(error) }
    }

    public func history(of id: ProjectID) throws(StoreError) -> [RevisionInfo] {
        var infos: [RevisionInfo] = []
        for number in try revisionNumbers(of: id) {
            infos.append(try readRevision(number, of: id).info)
        }
        return infos
    }

    public func revision(_ number: Int?, of id: ProjectID) throws(StoreError) -> StoredRevision {
        let wanted: Int
        if let number {
            wanted = number
        } else {
            wanted = try latestRevisionNumber(of: id)
        }
        guard wanted > 0, fileSystem.exists(revisionPath(wanted, of: id)) else {
            _ = try revisionNumbers(of: id) // a missing project says so before a missing revision
            throw .revisionNotFound(id, wanted)
        }
        return try readRevision(wanted, of: id)
    }

    private func readRevision(_ number: Int, of id: ProjectID) throws(StoreError) -> StoredRevision {
        try readRevision(number, of: id, envelopeSchema: nil)
    }

    /// Reads a revision file; with `envelopeSchema`, also checks the envelope against it.
    func readRevision(_ number: Int, of id: ProjectID, envelopeSchema: XMLSchema?) throws(StoreError) -> StoredRevision {
        let path = revisionPath(number, of: id)
        let bytes: [UInt8]
        do { bytes = try fileSystem.read(path) } catch { throw .io(error) }
        let (info, document) = try RevisionEnvelope.decode(bytes, path: path, schema: envelopeSchema)
        guard info.number == number, info.projectID == id else {
            throw .corruptRevision(path: path, reason: "la révision dit être \(info.projectID)#\(info.number)")
        }
        return StoredRevision(info: info, document: document)
    }

    // MARK: Erasure

    public func erase(_ id: ProjectID) throws(StoreError) {
        guard fileSystem.exists(folder(of: id)) else { throw .projectNotFound(id) }
        try withProjectLock(id) { () throws(StoreError) in
            do throws(StoreIOError) {
                for name in try fileSystem.contentsOfDirectory(folder(of: id)) where name != "lock" {
                    try fileSystem.remove(folder(of: id) + "/" + name)
                }
                try fileSystem.remove(folder(of: id) + "/lock")
            } catch { throw .io(error) }
        }
        do {
            try fileSystem.removeDirectory(folder(of: id))
            try fileSystem.syncDirectory(projectsFolder)
        } catch { throw .io(error) }
    }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}
