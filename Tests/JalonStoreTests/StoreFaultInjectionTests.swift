import Foundation
import JalonCore
import Testing

@testable import JalonStore

@Suite("Injected I/O failures in the store")
struct StoreFaultInjectionTests {
    /// The second call of each operation is the save after the project's creation.
    @Test(arguments: FaultyFileSystem.Operation.saveSteps)
    func aFailedStepIsReportedAndTheStoreStillVerifies(_ operation: FaultyFileSystem.Operation) throws {
        let folder = TemporaryDirectory()
        let faulty = FaultyFileSystem(failing: operation, onCall: 2 + (operation == .syncDirectory ? 1 : 0))
        let store = try FileProjectStore(root: folder.path, fileSystem: faulty, format: MiniatureFormat.single)
        let id = ProjectID()
        _ = try store.create(id, document: MiniatureFormat.document(["acknowledged"]), author: .person, message: "1")

        #expect {
            try store.save(id, document: MiniatureFormat.document(["failed save"]), basedOn: 1, author: .person, message: "2")
        } throws: { error in
            guard case StoreError.io(let ioError) = error else { return false }
            return ioError.code == EIO && !StoreError.io(ioError).message(in: .fr).isEmpty
        }

        let clean = try FileProjectStore(root: folder.path, format: MiniatureFormat.single)
        let report = try clean.verify(format: MiniatureFormat.single)
        #expect(report.isIntact, "\(report.problems)")
        // The acknowledged revision is intact; a failed fsync of the folder happens after the rename,
        // so that revision may exist, but it is complete and valid (the verification above says so).
        #expect(try clean.revision(1, of: id).document.root?.children.map(\.text) == ["acknowledged"])
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path + "/projects/\(id.rawValue)")
            .filter { $0.hasPrefix(".tmp-") }
        #expect(leftovers.isEmpty)
        // And the project goes on: the next save from the latest revision works.
        let latest = try clean.latestRevisionNumber(of: id)
        _ = try clean.save(id, document: MiniatureFormat.document(["next"]), basedOn: latest, author: .person, message: "3")
    }

    /// A creation failing at any step before its folder is renamed leaves no project and no staging
    /// folder, and the same id can be created afterwards.
    @Test(arguments: FaultyFileSystem.Operation.saveSteps)
    func aFailedCreationLeavesNothing(_ operation: FaultyFileSystem.Operation) throws {
        let folder = TemporaryDirectory()
        let store = try FileProjectStore(
            root: folder.path, fileSystem: FaultyFileSystem(failing: operation, onCall: 1),
            format: MiniatureFormat.single)
        let id = ProjectID()
        #expect {
            try store.create(id, document: MiniatureFormat.document(["first"]), author: .person, message: "1")
        } throws: { error in
            guard case StoreError.io(let ioError) = error else { return false }
            return ioError.code == EIO
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path + "/projects").isEmpty)
        _ = try store.create(id, document: MiniatureFormat.document(["second"]), author: .person, message: "1")
        #expect(try store.history(of: id).map(\.number) == [1])
    }

    /// An erasure that fails half-way (here its second unlink) has still taken the project away from
    /// every reader at once, and leaves no gap in a project still listed; what it could not remove
    /// goes with the next creation or erasure.
    @Test func anErasureFailingHalfWayLeavesNoHalfProject() throws {
        let folder = TemporaryDirectory()
        let store = try FileProjectStore(
            root: folder.path, fileSystem: FaultyFileSystem(failing: .remove, onCall: 2),
            format: MiniatureFormat.single)
        let id = ProjectID()
        _ = try store.create(id, document: MiniatureFormat.document(["1"]), author: .person, message: "1")
        for base in 1...2 {
            _ = try store.save(id, document: MiniatureFormat.document(["\(base + 1)"]), basedOn: base, author: .person, message: "")
        }

        #expect(throws: StoreError.self) { try store.erase(id) }
        let clean = try FileProjectStore(root: folder.path, format: MiniatureFormat.single)
        #expect(try clean.projectIDs().isEmpty)
        #expect(try clean.verify(format: MiniatureFormat.single).isIntact)
        #expect(throws: StoreError.projectNotFound(id)) { try clean.history(of: id) }

        // The next creation removes the leftover once its lock is free (see `retriedCleanup`).
        var created: [String] = []
        let cleaned = try retriedCleanup(
            {
                let other = ProjectID()
                _ = try clean.create(other, document: MiniatureFormat.document(["other"]), author: .person, message: "1")
                created.append(other.rawValue)
            }, until: { try FileManager.default.contentsOfDirectory(atPath: folder.path + "/projects").sorted() == created.sorted() })
        #expect(cleaned)
    }
}
