import Foundation
import Testing
import JalonCore
@testable import JalonStore
import JalonXML

@Suite("Revision store on files")
struct FileProjectStoreTests {
    let folder = TemporaryDirectory()
    let store: FileProjectStore

    init() throws {
        store = try FileProjectStore(root: folder.path + "/store", format: MiniatureFormat.single)
    }

    @Test func everySaveAddsAnImmutableRevision() throws {
        let id = ProjectID()
        let first = try store.create(id, document: MiniatureFormat.document(["a"]), author: .person, message: "création")
        let second = try store.save(id, document: MiniatureFormat.document(["a", "b"]), basedOn: 1,
                                    author: RevisionAuthor(role: .counsellor, name: "M. Duval"), message: "ajout")
        #expect(first.number == 1 && first.parent == nil)
        #expect(second.number == 2 && second.parent == 1)
        let history = try store.history(of: id)
        #expect(history.map(\.number) == [1, 2])
        #expect(history.map(\.message) == ["création", "ajout"])
        #expect(history[1].author == RevisionAuthor(role: .counsellor, name: "M. Duval"))
        #expect(try store.revision(1, of: id).document.root?.children.map(\.text) == ["a"])
        #expect(try store.revision(nil, of: id).document.root?.children.map(\.text) == ["a", "b"])
        #expect(try store.projectIDs() == [id])
    }

    @Test func storedFingerprintIsTheCanonicalFormOfTheDocument() throws {
        let id = ProjectID()
        let bytes = MiniatureFormat.document(["é & <x>"])
        let info = try store.create(id, document: bytes, author: .person, message: "m")
        let expected = try XMLDocument(bytes: bytes, sourceName: "direct").fingerprint()
        #expect(info.fingerprint == expected)
        #expect(try store.revision(1, of: id).document.fingerprint() == expected)
    }

    @Test func aSaveOnAStaleRevisionIsAConflictAndChangesNothing() throws {
        let id = ProjectID()
        _ = try store.create(id, document: MiniatureFormat.document(["a"]), author: .person, message: "1")
        _ = try store.save(id, document: MiniatureFormat.document(["b"]), basedOn: 1, author: .person, message: "2")
        #expect(throws: StoreError.conflict(id, expected: 1, actual: 2)) {
            try store.save(id, document: MiniatureFormat.document(["c"]), basedOn: 1, author: .person, message: "stale")
        }
        #expect(try store.latestRevisionNumber(of: id) == 2)
        #expect(try store.revision(nil, of: id).document.root?.children.map(\.text) == ["b"])
    }

    @Test func anInvalidDocumentIsRefusedBeforeAnythingIsWritten() throws {
        let id = ProjectID()
        _ = try store.create(id, document: MiniatureFormat.document(["a"]), author: .person, message: "1")
        let invalid = Array(#"<project xmlns="urn:jalon:project:1" schemaVersion="1.0"><autre/></project>"#.utf8)
        #expect(throws: StoreError.self) {
            try store.save(id, document: invalid, basedOn: 1, author: .person, message: "bad")
        }
        #expect(try store.latestRevisionNumber(of: id) == 1)
        #expect(try store.verify(format: MiniatureFormat.single).isIntact)
    }

    @Test func concurrentSavesFromOneBaseLetExactlyOneThrough() async throws {
        let id = ProjectID()
        _ = try store.create(id, document: MiniatureFormat.document(["a"]), author: .person, message: "1")
        let outcomes = await withTaskGroup(of: Bool.self) { group in
            for index in 0..<8 {
                group.addTask { [store] in
                    (try? store.save(id, document: MiniatureFormat.document(["t\(index)"]), basedOn: 1,
                                     author: .person, message: "t\(index)")) != nil
                }
            }
            return await group.reduce(into: [Bool]()) { $0.append($1) }
        }
        #expect(outcomes.filter { $0 }.count == 1)
        #expect(try store.latestRevisionNumber(of: id) == 2)
    }

    @Test func unknownProjectsAndRevisionsAreNamedInTheError() throws {
        let id = ProjectID()
        #expect(throws: StoreError.projectNotFound(id)) { try store.history(of: id) }
        _ = try store.create(id, document: MiniatureFormat.document([]), author: .person, message: "1")
        #expect(throws: StoreError.revisionNotFound(id, 7)) { try store.revision(7, of: id) }
        #expect(StoreError.revisionNotFound(id, 7).message(in: .fr).contains("révision 7"))
    }

    @Test func erasureLeavesNothingBehind() throws {
        let id = ProjectID(), other = ProjectID()
        _ = try store.create(id, document: MiniatureFormat.document(["secret"]), author: .person, message: "1")
        _ = try store.save(id, document: MiniatureFormat.document(["secret 2"]), basedOn: 1, author: .person, message: "2")
        _ = try store.create(other, document: MiniatureFormat.document(["kept"]), author: .person, message: "1")
        try store.erase(id)
        #expect(try store.projectIDs() == [other])
        let remaining = try FileManager.default.subpathsOfDirectory(atPath: store.root)
        #expect(!remaining.contains { $0.contains(id.rawValue) })
        #expect(throws: StoreError.projectNotFound(id)) { try store.history(of: id) }
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
        let projects = store.root + "/projects"
        let (live, dead) = (projects + "/.new-live", projects + "/.new-dead")
        for folder in [live, dead] {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: false)
            try Data("<revision half".utf8).write(to: URL(fileURLWithPath: folder + "/00000001.xml"))
        }
        _ = FileManager.default.createFile(atPath: dead + "/lock", contents: nil)
        let id = ProjectID()
        do {
            let held = try POSIXStoreFileSystem().lockExclusively(live + "/lock") // its creator is still at work
            #expect(try store.projectIDs().isEmpty)
            #expect(try store.verify(format: MiniatureFormat.single).isIntact)
            _ = try store.create(id, document: MiniatureFormat.document(["a"]), author: .person, message: "1")
            #expect(try FileManager.default.contentsOfDirectory(atPath: projects).sorted() == [".new-live", id.rawValue])
            withExtendedLifetime(held) {}
        }
        // Its creator gone, the next creation (here refused: the id exists) removes it.
        let cleaned = try retriedCleanup({
            #expect(throws: StoreError.conflict(id, expected: 0, actual: 1)) {
                try store.create(id, document: MiniatureFormat.document(["b"]), author: .person, message: "again")
            }
        }, until: { try FileManager.default.contentsOfDirectory(atPath: projects) == [id.rawValue] })
        #expect(cleaned)
    }

    @Test func verificationFindsATamperedRevision() throws {
        let id = ProjectID()
        _ = try store.create(id, document: MiniatureFormat.document(["original"]), author: .person, message: "1")
        #expect(try store.verify(format: MiniatureFormat.single).isIntact)
        let path = store.root + "/projects/\(id.rawValue)/00000001.xml"
        let tampered = try String(contentsOfFile: path, encoding: .utf8).replacingOccurrences(of: "original", with: "origina1")
        try tampered.write(toFile: path, atomically: false, encoding: .utf8)
        let report = try store.verify(format: MiniatureFormat.single)
        #expect(report.revisionCount == 1)
        #expect(report.problems.count == 1)
        guard case .fingerprintMismatch = report.problems.first?.kind else {
            Issue.record("expected a fingerprint mismatch, got \(report.problems)")
            return
        }
        #expect(report.problems.first?.message(in: .en).contains("fingerprint differs") == true)
    }
}
