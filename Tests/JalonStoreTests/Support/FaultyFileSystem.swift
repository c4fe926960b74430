import Foundation
import Synchronization

@testable import JalonStore

/// The real file system, except that the operation named `failing` fails with EIO on its `nth` call:
/// how a full disk, a failing fsync or a refused rename are reproduced at every step of a save.
final class FaultyFileSystem: StoreFileSystem {
    enum Operation: String, CaseIterable, Sendable {
        case writeDurably, rename, syncDirectory, remove

        /// The steps that write a revision.
        static let saveSteps: [Operation] = [.writeDurably, .rename, .syncDirectory]
    }

    private let real = POSIXStoreFileSystem()
    private let failing: Operation
    private let nth: Int
    private let calls = Mutex<[Operation: Int]>([:])

    init(failing: Operation, onCall nth: Int = 1) {
        self.failing = failing
        self.nth = nth
    }

    private func maybeFail(_ operation: Operation, _ path: String) throws(StoreIOError) {
        let count = calls.withLock { counts in
            counts[operation, default: 0] += 1
            return counts[operation]!
        }
        if operation == failing && count == nth { throw StoreIOError(operation: operation.rawValue, path: path, code: EIO) }
    }

    func writeDurably(_ bytes: [UInt8], toNewFile path: String) throws(StoreIOError) {
        try maybeFail(.writeDurably, path)
        try real.writeDurably(bytes, toNewFile: path)
    }

    func rename(_ from: String, to: String) throws(StoreIOError) {
        try maybeFail(.rename, to)
        try real.rename(from, to: to)
    }

    func syncDirectory(_ path: String) throws(StoreIOError) {
        try maybeFail(.syncDirectory, path)
        try real.syncDirectory(path)
    }

    func remove(_ path: String) throws(StoreIOError) {
        try maybeFail(.remove, path)
        try real.remove(path)
    }
    func makeDirectory(_ path: String) throws(StoreIOError) { try real.makeDirectory(path) }
    func removeDirectory(_ path: String) throws(StoreIOError) { try real.removeDirectory(path) }
    func contentsOfDirectory(_ path: String) throws(StoreIOError) -> [String] { try real.contentsOfDirectory(path) }
    func read(_ path: String) throws(StoreIOError) -> [UInt8] { try real.read(path) }
    func exists(_ path: String) -> Bool { real.exists(path) }
    func lockExclusively(_ path: String) throws(StoreIOError) -> StoreFileLock { try real.lockExclusively(path) }
    func lockExclusivelyIfFree(_ path: String) -> StoreFileLock? { real.lockExclusivelyIfFree(path) }
}
