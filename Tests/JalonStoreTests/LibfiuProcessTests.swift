import Foundation
import JalonCore
import Testing

@testable import JalonStore

/// The real `jalon` binary under libfiu (Debian fiu-utils, installed by .ci/run): fiu-run preloads
/// wrappers that make a POSIX call fail, from outside the process. This reaches what the in-process
/// seam (StoreFaultInjectionTests) cannot: the CLI's error path, its exit code and what it prints,
/// and a creation held mid-write long enough to be killed there.
@Suite(
    "jalon under libfiu's injected I/O failures", .serialized,
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
        FailurePoint(name: "posix/io/oc/close", errno: EIO)
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

        let failed = try ChildProcess.run(
            ChildProcess.onPath("fiu-run")!,
            [
                "-x", "-f", "", "-c", point.command, jalon.path, "restore", "--store", storePath, "--lang", "en", id.rawValue, "1"
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

    /// `jalon import` SIGKILLed in the middle of writing revision 1 of the new project (write(2) made
    /// to fail with EINTR forever, which the store retries, holds it there; the kill comes once the
    /// revision file is open). The interrupted creation must leave nothing a reader sees: `list` and
    /// `verify` work, and importing the same file again keeps its id, as for a project never created.
    @Test func anImportKilledMidWriteLeavesNoHalfCreatedProject() throws {
        let first = TestFiles.sample("lea-gray-lyceenne.xml")
        let second = TestFiles.sample("yanis-dijon-apprentissage.xml")
        #expect(try ChildProcess.run(jalon, ["import", "--store", storePath, first.path]).status == 0)
        let before = try FileManager.default.contentsOfDirectory(atPath: storePath + "/projects")

        let importing = try ChildProcess(
            ChildProcess.onPath("fiu-run")!,
            [
                "-x", "-f", "", "-c", "enable name=posix/io/rw/write,failinfo=\(EINTR)",
                jalon.path, "import", "--store", storePath, "--lang", "en", second.path
            ])
        #expect(waitUntil { try openedRevisionFiles(besides: before) > 0 }, "the import never started writing")
        importing.kill()
        #expect(importing.finish().killedBySignal)

        let list = try ChildProcess.run(jalon, ["list", "--store", storePath, "--lang", "en"])
        #expect(list.status == 0 && list.output.count == 1, "\(list)")
        let verify = try ChildProcess.run(jalon, ["verify", "--store", storePath, "--lang", "en"])
        #expect(verify.status == 0, "\(verify)")

        let secondID = try ProjectCodec.decode(TestFiles.document(second)).id.rawValue
        let again = try ChildProcess.run(jalon, ["import", "--store", storePath, "--lang", "en", second.path])
        #expect(again.status == 0 && again.output == [secondID] && again.errors.isEmpty, "\(again)")
        // That creation also removed what the killed one left.
        #expect(try FileManager.default.contentsOfDirectory(atPath: storePath + "/projects").count == before.count + 1)
    }

    /// `jalon erase` with unlink(2) failing: it reports the error (exit 74), yet the project is
    /// already gone for every reader, whole; running `jalon erase` again, as the person would, says
    /// the project no longer exists and removes what was left of it on disk.
    @Test func anErasureFailingHalfWayIsFinishedByTheNextOne() throws {
        let id = try importAndSaveOnce()
        let failed = try ChildProcess.run(
            ChildProcess.onPath("fiu-run")!,
            [
                "-x", "-f", "", "-c", "enable name=posix/io/dir/unlink,failinfo=\(EIO)",
                jalon.path, "erase", "--store", storePath, "--lang", "en", id.rawValue, "--yes"
            ])
        #expect(failed.status == 74 && failed.errors.hasPrefix("jalon: read or write error"), "\(failed)")
        let list = try ChildProcess.run(jalon, ["list", "--store", storePath, "--lang", "en"])
        #expect(list.status == 0 && list.output == ["No project."], "\(list)")
        let verify = try ChildProcess.run(jalon, ["verify", "--store", storePath, "--lang", "en"])
        #expect(verify.status == 0, "\(verify)")
        // Out of sight (moved to staging/, away from the projects), not gone.
        #expect(try FileManager.default.contentsOfDirectory(atPath: storePath + "/projects").isEmpty)
        #expect(try FileManager.default.contentsOfDirectory(atPath: storePath + "/staging").count == 1)

        let again = try ChildProcess.run(jalon, ["erase", "--store", storePath, "--lang", "en", id.rawValue, "--yes"])
        #expect(again.status == 66, "\(again)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: storePath + "/staging").isEmpty)
    }

    /// Files opened by a creation in progress anywhere in `projects/`, outside the folders in `before`.
    /// A creation writes revision 1 in `staging/` before renaming it among the projects.
    private func openedRevisionFiles(besides before: [String]) throws -> Int {
        try ["/projects", "/staging"].map { storePath + $0 }.reduce(0) { total, folder in
            let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
            return total
                + names.filter { !before.contains($0) }.reduce(0) { count, name in
                    let inside = (try? FileManager.default.contentsOfDirectory(atPath: folder + "/" + name)) ?? []
                    return count + inside.filter { $0.hasSuffix(".xml") || $0.hasPrefix(".tmp-") }.count
                }
        }
    }

    /// Polls `condition` every 10 ms for up to 20 s: waits for a child to reach a state, times nothing.
    private func waitUntil(_ condition: () throws -> Bool) -> Bool {
        for _ in 0..<2_000 {
            if (try? condition()) == true { return true }
            usleep(10_000)
        }
        return false
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
