import Foundation
import Testing
import JalonCore
@testable import JalonStore

/// The real `jalon` binary under libfiu (Debian fiu-utils, installed by .ci/run): fiu-run preloads
/// wrappers that make a POSIX call fail, from outside the process. This reaches what the in-process
/// seam (StoreFaultInjectionTests) cannot: the CLI's error path, its exit code and what it prints.
@Suite("jalon under libfiu's injected I/O failures", .serialized,
       .enabled(if: ChildProcess.onPath("fiu-run") != nil, "fiu-run is not installed (Debian package fiu-utils)"))
struct LibfiuProcessTests {
    /// A failure point of libfiu's POSIX preload library (names from fiu-utils' function_list), the
    /// errno it makes the call return, and whether only its first call fails. The first write(2) of
    /// `jalon restore` is the store's; when every write fails, stderr cannot be written either.
    struct FailurePoint: CustomTestStringConvertible, Sendable {
        var name: String
        var errno: Int32
        var onlyFirstCall = false

        var command: String { "enable name=\(name),failinfo=\(errno)" + (onlyFirstCall ? ",onetime" : "") }
        var stderrWorks: Bool { name != "posix/io/rw/write" || onlyFirstCall }
        var testDescription: String { "\(name) fails with errno \(errno)" + (onlyFirstCall ? " once" : " always") }
    }

    static let failurePoints = [
        FailurePoint(name: "posix/io/sync/fsync", errno: EIO),
        FailurePoint(name: "posix/io/rw/write", errno: ENOSPC, onlyFirstCall: true),
        FailurePoint(name: "posix/io/rw/write", errno: ENOSPC),
        FailurePoint(name: "posix/io/dir/rename", errno: EIO),
    ]

    let folder = TemporaryDirectory("jalon-fiu")
    var storePath: String { folder.path + "/store" }
    let jalon = ChildProcess.product("jalon")

    /// `jalon restore ID 1` (a save) with the call failing: exit 74 and one sentence on stderr (when
    /// stderr can be written at all), never a crash; afterwards the store verifies and revisions 1
    /// and 2 are byte for byte the same.
    @Test(arguments: failurePoints)
    func aFailingCallMakesRestoreFailCleanly(_ point: FailurePoint) throws {
        let id = try importAndSaveOnce()
        let projectFolder = "\(storePath)/projects/\(id.rawValue)"
        let before = try revisionFiles(in: projectFolder)
        #expect(before.keys.sorted() == ["00000001.xml", "00000002.xml"])

        let failed = try ChildProcess.run(ChildProcess.onPath("fiu-run")!, [
            "-x", "-f", "", "-c", point.command, jalon.path, "restore", "--store", storePath, "--lang", "en", id.rawValue, "1",
        ])
        #expect(failed.status == 74 && !failed.killedBySignal, "status \(failed.status): \(failed.errors)")
        if point.stderrWorks {
            let lines = failed.errors.split(separator: "\n")
            #expect(lines.count == 1 && lines[0].hasPrefix("jalon: read or write error"), "\(failed.errors)")
            #expect(failed.errors.contains(String(cString: strerror(point.errno))), "\(failed.errors)")
        }

        let verify = try ChildProcess.run(jalon, ["verify", "--store", storePath, "--lang", "en"])
        #expect(verify.status == 0 && verify.output.last?.hasSuffix("all intact") == true, "\(verify)")
        #expect(try revisionFiles(in: projectFolder) == before)

        // Nothing is stuck: the same command without the fault makes revision 3.
        let retried = try ChildProcess.run(jalon, ["restore", "--store", storePath, "--lang", "en", id.rawValue, "1"])
        #expect(retried.status == 0, "\(retried.errors)")
        #expect(try revisionFiles(in: projectFolder).keys.sorted() == ["00000001.xml", "00000002.xml", "00000003.xml"])
    }

    /// Revision 1 from a sample and a revision 2, written in-process without any fault.
    private func importAndSaveOnce() throws -> ProjectID {
        let repository = ProjectRepository(store: try FileProjectStore(root: storePath))
        let sample = TestFiles.sample("yanis-dijon-apprentissage.xml")
        var project = try repository.importDocument(TestFiles.bytes(sample), sourceName: sample.path, author: .person).project
        project.profil?.mobiliteKm = 25
        _ = try repository.save(project, basedOn: 1, author: .person, message: "rayon de mobilité")
        return project.id
    }

    /// Every file of the project folder with its bytes, the lock and leftovers aside.
    private func revisionFiles(in projectFolder: String) throws -> [String: Data] {
        var files: [String: Data] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: projectFolder) where FileProjectStore.revisionNumber(fileName: name) != nil {
            files[name] = try Data(contentsOf: URL(fileURLWithPath: projectFolder + "/" + name))
        }
        return files
    }
}
