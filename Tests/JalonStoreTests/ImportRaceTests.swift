import Foundation
import Testing
import JalonCore
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
        func save(_ id: ProjectID, document: [UInt8], basedOn base: Int, author: RevisionAuthor, message: String,
                  restoredFrom: Int?) throws(StoreError) -> RevisionInfo {
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
}
