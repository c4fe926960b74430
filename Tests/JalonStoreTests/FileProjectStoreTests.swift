import Foundation
import JalonCore
import JalonXML
import Testing

@testable import JalonStore

/// What only the file store has (temporary files, staging folders); the rest is in ProjectStoreConformanceTests.
@Suite("Revision store on files")
struct FileProjectStoreTests {
    let folder = TemporaryDirectory()
    let store: FileProjectStore

    init() throws {
        store = try FileProjectStore(root: folder.path + "/store", format: MiniatureFormat.single)
    }

    @Test func leftoverTemporaryFilesAreCleanedAndIgnored() throws {
        let id = ProjectID()
        _ = try store.create(id, document: MiniatureFormat.document(["a"]), author: .person, message: "1")
        let leftover = store.root + "/projects/\(id.rawValue)/.tmp-dead-writer"
        try Data("<revision half".utf8).write(to: URL(fileURLWithPath: leftover))
        #expect(try store.history(of: id).count == 1)
        _ = try store.save(id, document: MiniatureFormat.document(["b"]), basedOn: 1, author: .person, message: "2")
        #expect(!FileManager.default.fileExists(atPath: leftover))
    }

    /// A creation in flight lives in a `.new-` staging folder under its lock: readers never list it, the
    /// next creation removes it once its lock is free (its creator died) and never while it is held.
    @Test func stagingFoldersOfCreationsAreInvisibleAndCleanedOnlyWhenAbandoned() throws {
        let (projects, staging) = (store.root + "/projects", store.root + "/staging")
        let (live, dead) = (staging + "/.new-live", staging + "/.new-dead")
        for folder in [live, dead] {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: false)
            try Data("<revision half".utf8).write(to: URL(fileURLWithPath: folder + "/00000001.xml"))
        }
        _ = FileManager.default.createFile(atPath: dead + "/lock", contents: nil)
        let id = ProjectID()
        do {
            let held = try POSIXStoreFileSystem().lockExclusively(live + "/lock")  // its creator is still at work
            #expect(try store.projectIDs().isEmpty)
            #expect(try store.verify(format: MiniatureFormat.single).isIntact)
            _ = try store.create(id, document: MiniatureFormat.document(["a"]), author: .person, message: "1")
            #expect(try FileManager.default.contentsOfDirectory(atPath: projects) == [id.rawValue])
            #expect(try FileManager.default.contentsOfDirectory(atPath: staging).sorted() == [".new-live"])
            withExtendedLifetime(held) {}
        }
        // Its creator gone, the next creation (here refused: the id exists) removes it.
        let cleaned = try retriedCleanup(
            {
                #expect(throws: StoreError.conflict(id, expected: 0, actual: 1)) {
                    try store.create(id, document: MiniatureFormat.document(["b"]), author: .person, message: "again")
                }
            }, until: { try FileManager.default.contentsOfDirectory(atPath: staging).isEmpty })
        #expect(cleaned)
    }

}
