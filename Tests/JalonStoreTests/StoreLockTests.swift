import Foundation
import JalonCore
import Testing

@testable import JalonStore

/// Each test holds a lock, lets another thread block on it (seen in Linux's /proc/locks, so the
/// order of events is known, not guessed from delays), then changes the file under it.
@Suite(
    "The store's file lock",
    .enabled(if: FileManager.default.isReadableFile(atPath: "/proc/locks"), "/proc/locks is not readable here"))
struct StoreLockTests {
    let fileSystem = POSIXStoreFileSystem()

    /// Someone waits for a lock whose holder then removes the file and another takes its place (an
    /// erased project created again): the waiter must end up holding the lock of the file now at the
    /// path, not of the removed one, which would exclude no one.
    @Test func aWaiterEndsUpHoldingTheLockOfTheFileNowAtThePath() throws {
        let folder = TemporaryDirectory()
        let path = folder.file("lock")
        var holder: StoreFileLock? = try fileSystem.lockExclusively(path)
        let removedInode = try #require(FileManager.default.attributesOfItem(atPath: path)[.systemFileNumber] as? UInt64)

        let (acquired, release) = (DispatchSemaphore(value: 0), DispatchSemaphore(value: 0))
        let fileSystem = fileSystem
        Thread {
            let lock = try? fileSystem.lockExclusively(path)
            acquired.signal()
            release.wait()
            withExtendedLifetime(lock) {}
        }.start()
        #expect(Self.waitUntilSomeoneWaits(forInode: removedInode), "the waiter never blocked on the lock")

        try FileManager.default.removeItem(atPath: path)
        _ = FileManager.default.createFile(atPath: path, contents: nil)
        withExtendedLifetime(holder) {}
        holder = nil
        acquired.wait()
        #expect(fileSystem.lockExclusivelyIfFree(path) == nil, "the lock of the file at the path is free: the waiter holds the removed one's")
        release.signal()
    }

    /// A save waiting for the lock of a project that is erased meanwhile (its folder renamed away,
    /// as erase() does first) says the project no longer exists, rather than an I/O error.
    @Test func aSaveWaitingWhileTheProjectIsErasedFindsNoProject() throws {
        let folder = TemporaryDirectory()
        let store = try FileProjectStore(root: folder.path, format: MiniatureFormat.single)
        let id = ProjectID()
        _ = try store.create(id, document: MiniatureFormat.document(["a"]), author: .person, message: "1")
        let projectFolder = folder.path + "/projects/" + id.rawValue
        var holder: StoreFileLock? = try fileSystem.lockExclusively(projectFolder + "/lock")
        let inode = try #require(FileManager.default.attributesOfItem(atPath: projectFolder + "/lock")[.systemFileNumber] as? UInt64)

        final class Outcome: @unchecked Sendable { var error: StoreError? }  // written before `done` is signalled
        let (outcome, done) = (Outcome(), DispatchSemaphore(value: 0))
        Thread {
            do throws(StoreError) {
                _ = try store.save(id, document: MiniatureFormat.document(["b"]), basedOn: 1, author: .person, message: "2")
            } catch {
                outcome.error = error
            }
            done.signal()
        }.start()
        #expect(Self.waitUntilSomeoneWaits(forInode: inode), "the save never blocked on the lock")

        try FileManager.default.moveItem(atPath: projectFolder, toPath: folder.path + "/projects/.erased-test")
        withExtendedLifetime(holder) {}
        holder = nil
        done.wait()
        #expect(outcome.error == .projectNotFound(id))
    }

    /// Polls /proc/locks (Linux) until a process waits for a lock on `inode`: "N: -> FLOCK … dev:inode …".
    static func waitUntilSomeoneWaits(forInode inode: UInt64) -> Bool {
        for _ in 0..<2_000 {
            let locks = (try? String(contentsOfFile: "/proc/locks", encoding: .utf8)) ?? ""
            if locks.split(separator: "\n").contains(where: { $0.contains("->") && $0.contains(":\(inode) ") }) { return true }
            usleep(1_000)
        }
        return false
    }
}
