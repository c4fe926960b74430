import Foundation
import Testing
import JalonCore
@testable import JalonStore

@Suite("Injected I/O failures during a save")
struct StoreFaultInjectionTests {
    /// The second call of each operation is the save after the project's creation.
    @Test(arguments: FaultyFileSystem.Operation.allCases)
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
}
