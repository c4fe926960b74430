import Foundation
import JalonCore
import Testing

@testable import JalonStore

/// The store lists its projects folder on every creation. glibc's `readdir` records are only as long
/// as their name, so reading a name by copying the 256-byte `d_name` field read past the record and,
/// when the record ended glibc's buffer, past its page: 7 of 2,000 imports died with SIGSEGV. These
/// tests list folders of tens of thousands of entries whose name lengths vary, so records end at every
/// offset of the buffer; CI also runs the listing from an AddressSanitizer build, which reports any
/// read past a record instead of waiting for an unmapped page.
@Suite("Listing a folder of tens of thousands of entries")
struct DirectoryListingStressTests {
    static let entryCount = 30_000

    /// Names of 1 to 120 characters, in a projects folder shaped like a store at a region's size:
    /// project folders, staging and erased leftovers.
    static func populate(_ folder: String) throws -> Set<String> {
        var names = Set<String>()
        for index in 0..<entryCount {
            let name: String
            switch index % 3 {
            case 0: name = ProjectID().rawValue
            case 1: name = FileProjectStore.stagingPrefix + String(repeating: "s", count: index % 97) + "\(index)"
            default: name = String(index) + String(repeating: "é", count: index % 60)
            }
            names.insert(name)
        }
        for name in names {
            guard FileManager.default.createFile(atPath: folder + "/" + name, contents: nil) else {
                throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: folder + "/" + name])
            }
        }
        return names
    }

    @Test func everyNameIsReadWholeAndNothingElse() throws {
        let folder = TemporaryDirectory("jalon-listing")
        let expected = try Self.populate(folder.path)
        for _ in 0..<3 {
            let listed = try POSIXStoreFileSystem().contentsOfDirectory(folder.path)
            #expect(listed.count == expected.count)
            #expect(Set(listed) == expected)
            #expect(listed == listed.sorted())
        }
    }

    @Test func aMissingFolderIsAnErrorNamingIt() {
        let path = "/nonexistent-\(UUID().uuidString)"
        #expect(throws: StoreIOError(operation: "opendir", path: path, code: ENOENT)) {
            try POSIXStoreFileSystem().contentsOfDirectory(path)
        }
    }

    /// Creations into a store whose projects folder already holds tens of thousands of entries (each
    /// creation lists it to clean abandoned staging folders): every one succeeds and is listed.
    @Test func creationsIntoACrowdedStoreSucceed() throws {
        let folder = TemporaryDirectory("jalon-crowded")
        let store = try FileProjectStore(root: folder.path, format: MiniatureFormat.single)
        _ = try Self.populate(folder.path + "/projects")
        var created: [ProjectID] = []
        for index in 0..<40 {
            let id = ProjectID()
            _ = try store.create(id, document: MiniatureFormat.document(["\(index)"]), author: .person, message: "\(index)")
            created.append(id)
        }
        let listed = Set(try store.projectIDs())
        #expect(created.allSatisfy(listed.contains))
    }

    /// The same listing from the AddressSanitizer build CI makes (`.ci/run`): any byte read past a
    /// record fails the run with ASan's report.
    @Test(
        .enabled(
            if: ProcessInfo.processInfo.environment["JALON_ASAN_STRESS"] != nil,
            "JALON_ASAN_STRESS names no AddressSanitizer build of JalonStoreStress (CI sets it)"))
    func theListingUnderAddressSanitizerReadsNothingPastARecord() throws {
        let binary = URL(fileURLWithPath: ProcessInfo.processInfo.environment["JALON_ASAN_STRESS"]!)
        let folder = TemporaryDirectory("jalon-listing-asan")
        let expected = try Self.populate(folder.path)
        let outcome = try ChildProcess.run(binary, ["--list", folder.path, "5"])
        #expect(outcome.status == 0, "\(outcome.errors)")
        #expect(outcome.output == ["listed \(expected.count)"])
    }
}
