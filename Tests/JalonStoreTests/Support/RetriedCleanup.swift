import Foundation

/// Runs `operation` until `isClean` holds, three times at most, and says whether it did.
///
/// The store removes an abandoned folder only when its lock is free. A process that another test
/// spawns at that instant shares every open file description of this one between its clone and its
/// exec (`O_CLOEXEC` acts only at exec), so on a loaded machine a lock just released can look held for
/// a moment; the store's rule then removes the folder one operation later, which these tests accept.
func retriedCleanup(_ operation: () throws -> Void, until isClean: () throws -> Bool) rethrows -> Bool {
    for attempt in 1...3 {
        try operation()
        if try isClean() { return true }
        if attempt < 3 { usleep(100_000) }
    }
    return false
}
