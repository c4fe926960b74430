import Foundation
import JalonCore
import JalonXML
import Synchronization

/// Projects as folders of immutable revision files:
///
///     STORE/projects/<uuid>/lock              flock(2) guard of the commit
///     STORE/projects/<uuid>/00000001.xml …    one revision each (RevisionEnvelope)
///     STORE/projects/<uuid>/.tmp-…            a save in flight (cleaned when found stale)
///     STORE/projects/<uuid>/summary-<N>.json  the summary of revision N, for listings (a cache)
///     STORE/staging/.new-…/                   a creation in flight (cleaned when found abandoned)
///     STORE/staging/.erased-…/                an erasure in flight (idem)
///     STORE/erased/<keyed hash of the id>     an id erased here (empty file; the id itself is not kept)
///     STORE/keys/pseudonym.key                the key of those hashes (`StorePseudonym`)
///
/// Staging sits apart from the projects so that cleaning it lists only what is in flight, not every
/// project (a creation cost O(projects) when they shared one folder).
///
/// A save writes a temporary file, fsyncs it, renames it to the next number and fsyncs the folder,
/// all under the project's lock; a creation writes revision 1 in a staging folder and renames the
/// folder. A crash at any point leaves either the old state or the new one.
public final class FileProjectStore: ProjectStore, RevisionCopying {
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
            try fileSystem.makeDirectory(stagingFolder)
        } catch { throw .io(error) }
    }

    private var projectsFolder: String { root + "/projects" }
    private var stagingFolder: String { root + "/staging" }
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

    /// Revision 1 is written in a staging folder, which no reader lists, then the folder is renamed to
    /// the project's: a creation that dies half-way leaves no project without revisions (such a
    /// folder made `list` fail and `verify` report a problem). The staging folder's lock is held
    /// throughout; with the rename it becomes the project's lock.
    public func create(_ id: ProjectID, document: [UInt8], author: RevisionAuthor, message: String) throws(StoreError) -> RevisionInfo {
        let checked = try check(document, of: id)
        let info = checked.revision(of: id, after: 0, author: author, message: message, restoredFrom: nil)
        try createProject(with: info, checked: checked)
        return info
    }

    private func createProject(with info: RevisionInfo, checked: CheckedDocument) throws(StoreError) {
        let bytes = RevisionEnvelope.encode(info: info, projectDocument: checked.bytes)
        // Another creation's cleanup may take our staging folder for abandoned in the instant between
        // our lock file's creation and our flock (it finds the file there and free), and remove it: our
        // lock then finds no folder. Nothing was written yet; start again in a new folder (seen 25 times
        // in 9,983 imports 8 at a time, answered 503 before).
        var attempt = 1
        while true {
            do throws(StoreError) {
                return try createProject(info.projectID, envelope: bytes)
            } catch .io(let error) where error.code == ENOENT && error.path.hasPrefix(stagingFolder + "/") && attempt < Self.creationAttempts {
                attempt += 1
            }
        }
    }

    /// Attempts of one creation whose staging folder another creation's cleanup removed (see `createProject`).
    static let creationAttempts = 8

    private func createProject(_ id: ProjectID, envelope bytes: [UInt8]) throws(StoreError) {
        removeAbandonedFolders()
        guard !fileSystem.exists(folder(of: id)) else {
            throw .conflict(id, expected: 0, actual: try latestRevisionNumber(of: id))
        }
        let staging = stagingFolder + "/" + Self.stagingPrefix + UUID().uuidString.lowercased()
        var renamed = false
        do throws(StoreIOError) {
            try fileSystem.makeDirectory(staging)
            // Should another creation take this folder for abandoned between our mkdir and our lock, it
            // removes it: lockExclusively then fails (no folder to create the lock in), cleanly.
            let lock = try fileSystem.lockExclusively(staging + "/lock")
            try withExtendedLifetime(lock) { () throws(StoreIOError) in
                try fileSystem.writeDurably(bytes, toNewFile: staging + "/" + Self.revisionFileName(1))
                try fileSystem.syncDirectory(staging)
                try fileSystem.rename(staging, to: folder(of: id))
                renamed = true
                try fileSystem.syncDirectory(projectsFolder)
            }
        } catch {
            guard !renamed else { throw .io(error) }  // the project exists, complete; only its folder entry may not be on disk yet
            removeFolder(staging)
            if fileSystem.exists(folder(of: id)) {  // another creation of this id renamed its folder first
                throw .conflict(id, expected: 0, actual: (try? latestRevisionNumber(of: id)) ?? 0)
            }
            throw .io(error)
        }
    }

    static let stagingPrefix = ".new-"
    static let erasedPrefix = ".erased-"

    /// A staging or erased folder whose lock is free belongs to a creation or an erasure that died or
    /// failed: remove it (it may hold personal data). One without a lock file is left alone: its
    /// creator may be about to take it. `in`: the staging folder, or (on erasure, which is rare) the
    /// projects folder too, where stores written before staging moved out may still hold some.
    private func removeAbandonedFolders(in parent: String? = nil) {
        let parent = parent ?? stagingFolder
        guard let names = try? fileSystem.contentsOfDirectory(parent) else { return }
        for name in names where name.hasPrefix(Self.stagingPrefix) || name.hasPrefix(Self.erasedPrefix) {
            let staging = parent + "/" + name
            guard let lock = fileSystem.lockExclusivelyIfFree(staging + "/lock") else { continue }
            withExtendedLifetime(lock) { removeFolder(staging) }
        }
    }

    /// Removes a folder and its files, the lock last: whoever waits for that lock then finds it gone.
    private func removeFolder(_ path: String) {
        for name in (try? fileSystem.contentsOfDirectory(path)) ?? [] where name != "lock" {
            try? fileSystem.remove(path + "/" + name)
        }
        try? fileSystem.remove(path + "/lock")
        try? fileSystem.removeDirectory(path)
    }

    public func save(
        _ id: ProjectID, document: [UInt8], basedOn base: Int, author: RevisionAuthor, message: String,
        restoredFrom: Int? = nil
    ) throws(StoreError) -> RevisionInfo {
        guard fileSystem.exists(folder(of: id)) else { throw .projectNotFound(id) }
        // Validate and fingerprint before taking any lock: a refused document costs the store nothing.
        let checked = try check(document, of: id)
        return try commit(id, checked: checked, basedOn: base) { latest in
            checked.revision(of: id, after: latest, author: author, message: message, restoredFrom: restoredFrom)
        }
    }

    /// Appends a revision copied from another store, its metadata kept (`StoreCopy`).
    public func appendCopy(_ info: RevisionInfo, document: [UInt8]) throws(StoreError) {
        let checked = try CheckedDocument(copy: document, of: info, format: format)
        if info.number == 1 { return try createProject(with: info, checked: checked) }
        guard fileSystem.exists(folder(of: info.projectID)) else { throw .projectNotFound(info.projectID) }
        _ = try commit(info.projectID, checked: checked, basedOn: info.number - 1) { _ in info }
    }

    /// Writes the revision after `base` (which must still be the latest) under the project's lock;
    /// `revision` makes its metadata from the latest number.
    private func commit(
        _ id: ProjectID, checked: CheckedDocument, basedOn base: Int,
        revision: (Int) -> RevisionInfo
    ) throws(StoreError) -> RevisionInfo {
        return try withProjectLock(id) { () throws(StoreError) -> RevisionInfo in
            let latest = try latestRevisionNumber(of: id)
            guard latest == base else { throw .conflict(id, expected: base, actual: latest) }
            let info = revision(latest)
            let bytes = RevisionEnvelope.encode(info: info, projectDocument: checked.bytes)
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

    private func check(_ document: [UInt8], of id: ProjectID) throws(StoreError) -> CheckedDocument {
        try CheckedDocument(document, of: id, format: format)
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
        do { fileLock = try fileSystem.lockExclusively(folder(of: id) + "/lock") } catch {
            // The project was erased (its folder renamed away) while we waited for its lock.
            if error.code == ENOENT && !fileSystem.exists(folder(of: id)) { throw .projectNotFound(id) }
            throw .io(error)
        }
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

    /// The projects folder is there and readable: one stat, whatever the number of projects.
    public func ping() throws(StoreError) {
        guard access(projectsFolder, R_OK | X_OK) == 0 else { throw .io(StoreIOError(operation: "ping", path: projectsFolder, code: errno)) }
    }

    func projectExists(_ id: ProjectID) -> Bool { fileSystem.exists(folder(of: id)) }

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
            _ = try revisionNumbers(of: id)  // a missing project says so before a missing revision
            throw .revisionNotFound(id, wanted)
        }
        return try readRevision(wanted, of: id)
    }

    public func latestRevisionBytes(of id: ProjectID) throws(StoreError) -> [UInt8]? {
        let number = try latestRevisionNumber(of: id)
        guard number > 0 else { throw .revisionNotFound(id, number) }
        do { return try fileSystem.read(revisionPath(number, of: id)) } catch { throw .io(error) }
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

    // MARK: Summaries

    private static let summaryPrefix = "summary-"

    /// `summary-<N>.json`, written whole (temporary file, rename), then older ones
    /// removed. Its name says which revision it describes, so a listing knows whether it is current
    /// from the folder's names alone.
    public func keepSummary(_ summary: [UInt8], of id: ProjectID, revision: Int) throws(StoreError) {
        let folder = folder(of: id)
        let temporary = folder + "/.tmp-" + UUID().uuidString.lowercased()
        do throws(StoreIOError) {
            try fileSystem.writeDurably(summary, toNewFile: temporary)
            try fileSystem.rename(temporary, to: folder + "/" + Self.summaryPrefix + String(revision) + ".json")
        } catch {
            try? fileSystem.remove(temporary)
            throw .io(error)
        }
        for name in (try? fileSystem.contentsOfDirectory(folder)) ?? [] {
            if let older = Self.summaryRevision(fileName: name), older < revision { try? fileSystem.remove(folder + "/" + name) }
        }
    }

    static func summaryRevision(fileName: String) -> Int? {
        guard fileName.hasPrefix(summaryPrefix), fileName.hasSuffix(".json") else { return nil }
        return Int(fileName.dropFirst(summaryPrefix.count).dropLast(5))
    }

    /// One listing of each project's folder gives its latest revision and the summary kept for it.
    public func keptSummaries() throws(StoreError) -> [(id: ProjectID, summary: [UInt8]?)] {
        try projectIDs().map { id in
            guard let names = try? fileSystem.contentsOfDirectory(folder(of: id)) else { return (id, nil) }
            let latest = names.compactMap(Self.revisionNumber(fileName:)).max()
            guard let latest, names.contains(Self.summaryPrefix + String(latest) + ".json") else { return (id, nil) }
            return (id, try? fileSystem.read(folder(of: id) + "/" + Self.summaryPrefix + String(latest) + ".json"))
        }
    }

    // MARK: Erasure

    /// The project's folder is first renamed out of sight (`staging/.erased-…`) under its lock, so
    /// that readers see it whole or not at all; then its files go. If one cannot be removed, the error
    /// says so and the folder goes with the next creation or erasure (its lock then free).
    private var erasedFolder: String { root + "/erased" }

    private func erasedMark(of id: ProjectID) throws(StoreError) -> String {
        do { return erasedFolder + "/" + (try StorePseudonym(storeRoot: root, fileSystem: fileSystem).hash(id)) } catch { throw .io(error) }
    }

    public func wasErased(_ id: ProjectID) throws(StoreError) -> Bool {
        guard fileSystem.exists(erasedFolder) else { return false }
        return fileSystem.exists(try erasedMark(of: id))
    }

    public func erase(_ id: ProjectID) throws(StoreError) {
        removeAbandonedFolders()  // first: erasing again after a failed erasure finishes it
        removeAbandonedFolders(in: projectsFolder)
        guard fileSystem.exists(folder(of: id)) else { throw .projectNotFound(id) }
        // The mark first: an erasure cut short leaves the id marked, never a project that comes back unmarked.
        let mark = try erasedMark(of: id)
        do {
            try fileSystem.makeDirectory(erasedFolder)
            if !fileSystem.exists(mark) { try fileSystem.writeDurably([], toNewFile: mark) }
            try fileSystem.syncDirectory(erasedFolder)
        } catch { throw .io(error) }
        let erased = stagingFolder + "/" + Self.erasedPrefix + UUID().uuidString.lowercased()
        try withProjectLock(id) { () throws(StoreError) in
            do throws(StoreIOError) {
                try fileSystem.rename(folder(of: id), to: erased)
                try fileSystem.syncDirectory(projectsFolder)
                for name in try fileSystem.contentsOfDirectory(erased) where name != "lock" {
                    try fileSystem.remove(erased + "/" + name)
                }
                try fileSystem.remove(erased + "/lock")
                try fileSystem.removeDirectory(erased)
            } catch { throw .io(error) }
        }
        do {
            try fileSystem.syncDirectory(projectsFolder)
            try fileSystem.syncDirectory(stagingFolder)
        } catch { throw .io(error) }
    }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}
