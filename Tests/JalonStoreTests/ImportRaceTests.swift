import Foundation
import JalonCore
import Synchronization
import Testing

@testable import JalonStore

@Suite("Imports racing each other")
struct ImportRaceTests {
    /// A store whose listing is always empty: what an import sees when another process creates the
    /// same project right after the import listed the store.
    struct ListedTooEarly: ProjectStore {
        let store: FileProjectStore

        func projectIDs() throws(StoreError) -> [ProjectID] { [] }
        func create(_ id: ProjectID, document: [UInt8], author: RevisionAuthor, message: String) throws(StoreError) -> RevisionInfo {
            try store.create(id, document: document, author: author, message: message)
        }
        func save(
            _ id: ProjectID, document: [UInt8], basedOn base: Int, author: RevisionAuthor, message: String,
            restoredFrom: Int?
        ) throws(StoreError) -> RevisionInfo {
            try store.save(id, document: document, basedOn: base, author: author, message: message, restoredFrom: restoredFrom)
        }
        func latestRevisionNumber(of id: ProjectID) throws(StoreError) -> Int { try store.latestRevisionNumber(of: id) }
        func history(of id: ProjectID) throws(StoreError) -> [RevisionInfo] { try store.history(of: id) }
        func revision(_ number: Int?, of id: ProjectID) throws(StoreError) -> StoredRevision { try store.revision(number, of: id) }
        func erase(_ id: ProjectID) throws(StoreError) { try store.erase(id) }
        func wasErased(_ id: ProjectID) throws(StoreError) -> Bool { try store.wasErased(id) }
        func ping() throws(StoreError) { try store.ping() }
    }

    /// Two imports of one document at once: the second must not fail with a conflict (exit 75, "reload
    /// the project") but get a fresh id, as it does when the first import is already listed.
    @Test func theSecondOfTwoSimultaneousImportsGetsAFreshID() throws {
        let folder = TemporaryDirectory()
        let store = try FileProjectStore(root: folder.path)
        let sample = TestFiles.sample("lea-gray-lyceenne.xml")
        let first = try ProjectRepository(store: store).importDocument(TestFiles.bytes(sample), sourceName: sample.path, author: .person)
        let second = try ProjectRepository(store: ListedTooEarly(store: store))
            .importDocument(TestFiles.bytes(sample), sourceName: sample.path, author: .person)
        #expect(!first.idChanged && second.idChanged)
        #expect(try Set(store.projectIDs()) == [first.project.id, second.project.id])
        #expect(try store.history(of: second.project.id).map(\.number) == [1])
    }

    /// The real file system, except that another creation's cleanup removes the first `times` staging
    /// folders just before their creator locks them: the instant between the creator's `open` of its lock
    /// file and its `flock`, when the cleaner finds that file free.
    final class CleanedUnderfoot: StoreFileSystem {
        private let real = POSIXStoreFileSystem()
        private let remaining: Mutex<Int>

        init(times: Int) { remaining = Mutex(times) }

        func lockExclusively(_ path: String) throws(StoreIOError) -> StoreFileLock {
            let folder = (path as NSString).deletingLastPathComponent
            if (folder as NSString).lastPathComponent.hasPrefix(".new-"),
                remaining.withLock({ count in
                    defer { count -= 1 }
                    return count > 0
                })
            {
                try real.removeDirectory(folder)
            }
            return try real.lockExclusively(path)
        }
        func writeDurably(_ bytes: [UInt8], toNewFile path: String) throws(StoreIOError) { try real.writeDurably(bytes, toNewFile: path) }
        func rename(_ from: String, to: String) throws(StoreIOError) { try real.rename(from, to: to) }
        func syncDirectory(_ path: String) throws(StoreIOError) { try real.syncDirectory(path) }
        func remove(_ path: String) throws(StoreIOError) { try real.remove(path) }
        func makeDirectory(_ path: String) throws(StoreIOError) { try real.makeDirectory(path) }
        func removeDirectory(_ path: String) throws(StoreIOError) { try real.removeDirectory(path) }
        func contentsOfDirectory(_ path: String) throws(StoreIOError) -> [String] { try real.contentsOfDirectory(path) }
        func read(_ path: String) throws(StoreIOError) -> [UInt8] { try real.read(path) }
        func exists(_ path: String) -> Bool { real.exists(path) }
        func lockExclusivelyIfFree(_ path: String) -> StoreFileLock? { real.lockExclusivelyIfFree(path) }
    }

    /// A creation whose staging folder another creation removed as abandoned starts again in a new
    /// folder: acknowledged, complete, nothing left in staging (it answered 503 before: 25 of 9,983
    /// imports 8 at a time). A folder that keeps vanishing is still refused, with the reason.
    @Test func aCreationWhoseStagingFolderWasCleanedStartsAgain() throws {
        let folder = TemporaryDirectory()
        let store = try FileProjectStore(root: folder.path, fileSystem: CleanedUnderfoot(times: 2), format: MiniatureFormat.single)
        let id = ProjectID()
        let info = try store.create(id, document: MiniatureFormat.document(["1"]), author: .person, message: "1")
        #expect(info.number == 1)
        #expect(try store.history(of: id).map(\.number) == [1])
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path + "/staging").isEmpty)

        let unlucky = try FileProjectStore(root: folder.path, fileSystem: CleanedUnderfoot(times: .max), format: MiniatureFormat.single)
        #expect {
            try unlucky.create(ProjectID(), document: MiniatureFormat.document(["1"]), author: .person, message: "1")
        } throws: { error in
            guard case StoreError.io(let ioError) = error else { return false }
            return ioError.code == ENOENT
        }
        #expect(try store.projectIDs() == [id])
    }
}
