// A writer process for the store's crash and concurrency tests (Tests/JalonStoreTests/CrashSafetyTests).
// Not shipped: the tests start several of these against one store, SIGKILL them mid-save, race them on
// one base revision, or run them under libfiu, and then check that nothing acknowledged was lost.
//
//     JalonStoreStress STORE PROJECT-ID SAVES [--tag T] [--wait]
//
// Until SAVES saves are acknowledged: load the latest revision through ProjectRepository, append a plan
// action whose id names the writer and the revision it will become (`s-T-rN`, so a test can tell whose
// content a revision holds), and save it on the revision it loaded. Output on stdout, one line each,
// flushed at once so a test that kills the process has read everything it said:
//
//     loaded N      revision N was read (with --wait, the writer then waits for a line on stdin)
//     ack N         save() returned: revision N is on disk — printed only then
//     conflict      another writer saved first; the writer reloads and tries again
//
// --wait lets a test hold several writers on the same base and release them together; end of stdin
// stops the writer (exit 0). Other failures: one sentence on stderr, exit 74 (I/O) or 1.
//
//     JalonStoreStress --list FOLDER ROUNDS
//
// Lists FOLDER through the store's own directory reader ROUNDS times and prints `listed N` (its entry
// count). CI runs this mode from an AddressSanitizer build over tens of thousands of entries
// (DirectoryListingStressTests), where a read past a readdir record is reported, not left to luck.

import Foundation
import JalonCore
import JalonStore

func say(_ line: String) {
    print(line)
    fflush(nil)  // stdio, not FileHandle: it never traps, even when libfiu makes write(2) fail
}

/// stderr through stdio, which (unlike FileHandle.write) cannot trap when write(2) fails.
nonisolated(unsafe) let standardError = fdopen(2, "w")

func fail(_ message: String, code: Int32) -> Never {
    say("failed")
    fputs("JalonStoreStress: \(message)\n", standardError)
    fflush(nil)
    exit(code)
}

var arguments = Array(CommandLine.arguments.dropFirst())
if arguments.first == "--list" {
    guard arguments.count == 3, let rounds = Int(arguments[2]), rounds > 0 else {
        fail("usage: JalonStoreStress --list FOLDER ROUNDS", code: 64)
    }
    var count = 0
    for _ in 0..<rounds {
        do { count = try POSIXStoreFileSystem().contentsOfDirectory(arguments[1]).count } catch {
            fail(error.description, code: 74)
        }
    }
    say("listed \(count)")
    exit(0)
}
let wait = arguments.contains("--wait")
arguments.removeAll { $0 == "--wait" }
var tag = "w"
if let index = arguments.firstIndex(of: "--tag"), index + 1 < arguments.count {
    tag = arguments[index + 1]
    arguments.removeSubrange(index...(index + 1))
}
guard arguments.count == 3, let id = ProjectID(arguments[1]), let saves = Int(arguments[2]), saves >= 0,
    ActionID("s-\(tag)-r1") != nil
else {
    fail("usage: JalonStoreStress STORE PROJECT-ID SAVES [--tag a-z0-9] [--wait]", code: 64)
}

let repository: ProjectRepository
do {
    repository = ProjectRepository(
        store: try FileProjectStore(root: arguments[0]),
        generator: Generator(name: "jalon-store-stress", version: JalonVersion.current))
} catch {
    fail(error.message(in: .en), code: 74)
}

var acknowledged = 0
while acknowledged < saves {
    var loaded: ProjectRepository.Loaded
    do { loaded = try repository.load(id) } catch { fail(error.message(in: .en), code: 1) }
    let base = loaded.revision.number
    say("loaded \(base)")
    if wait, readLine() == nil { exit(0) }
    loaded.project.plan.append(
        PlanAction(
            id: ActionID("s-\(tag)-r\(base + 1)")!, kind: .autre, status: .aFaire,
            intitule: "Écrit par \(tag) comme révision \(base + 1)"))
    do {
        let info = try repository.save(
            loaded.project, basedOn: base, author: RevisionAuthor(role: .jalon, name: tag),
            message: "\(tag) sur \(base)")
        acknowledged += 1
        say("ack \(info.number)")
    } catch .store(.conflict) {
        say("conflict")
    } catch .store(.io(let error)) {
        fail(StoreError.io(error).message(in: .en), code: 74)
    } catch {
        fail(error.message(in: .en), code: 1)
    }
}
