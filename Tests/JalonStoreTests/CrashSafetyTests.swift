import Foundation
import JalonCore
import Synchronization
import Testing

@testable import JalonStore

/// The revision store across real processes (Tests/JalonStoreStress): writers SIGKILLed mid-save
/// and writers racing on one base. What must hold each time: every acknowledged revision is on disk
/// with its writer's content, numbers run without a gap, `verify()` finds the store intact, no
/// reader ever sees a half-written file and no save overwrites another.
@Suite("Crash and concurrency safety across processes", .serialized)
struct CrashSafetyTests {
    let folder = TemporaryDirectory("jalon-crash")
    var storePath: String { folder.path + "/store" }

    /// A project imported from a sample, as `jalon import` does: revision 1.
    func importSample() throws -> ProjectID {
        let repository = ProjectRepository(store: try FileProjectStore(root: storePath))
        let sample = TestFiles.sample("lea-gray-lyceenne.xml")
        return try repository.importDocument(TestFiles.bytes(sample), sourceName: sample.path, author: .person).project.id
    }

    // MARK: Kills

    /// Writers SIGKILLed after a seeded delay of 0–50 ms once each has loaded its first revision (so
    /// the delay falls in the save loop, not in process start-up). The delays are spread over the
    /// whole range so that kills land before, during and after writes, renames and fsyncs.
    @Test func killedWritersLoseNoAcknowledgedRevision() throws {
        let id = try importSample()
        let figures = try killWriters(of: id, rounds: 40, seed: 0x6A61_6C6F_6E)
        print("kill test: \(figures)")
        #expect(figures.acknowledged > 0, "no writer ever saved: the kills prove nothing")
    }

    /// The same under libfiu, with write(2) made short (`write/reduce`) and slow (it fails with EINTR
    /// 9,999 times in 10,000, which the store retries): a save now spends most of its time in its
    /// write loop with a partial file on disk. A plain SIGKILL almost never tears a file, a small
    /// write(2) being all or nothing for signals; here most kills do, and the torn file must never be
    /// one readers see (the previous test cannot catch a store that writes the revision in place).
    @Test(.enabled(if: ChildProcess.onPath("fiu-run") != nil, "fiu-run is not installed (Debian package fiu-utils)"))
    func killsDuringTornWritesLeaveNoTornRevision() throws {
        let id = try importSample()
        let launcher = [
            ChildProcess.onPath("fiu-run")!.path, "-x", "-f", "",
            "-c", "enable name=posix/io/rw/write/reduce",
            "-c", "enable_random name=posix/io/rw/write,probability=0.9999,failinfo=\(EINTR)"
        ]
        let figures = try killWriters(of: id, rounds: 40, seed: 0x746F_726E, launcher: launcher)
        print("kill test, torn writes: \(figures)")
        #expect(figures.leftTemporaryFile > 0, "no kill landed mid-write: the test proved nothing")
    }

    /// Three writers at once each round, killed one after the other: a writer dies holding the lock,
    /// or waiting for it, or mid-write while the others go on and clean up after it.
    @Test func killedConcurrentWritersLoseNoAcknowledgedRevision() throws {
        let id = try importSample()
        let figures = try killWriters(of: id, rounds: 20, seed: 0x7472_696F, writersPerRound: 3)
        print("kill test, three writers at once: \(figures)")
        #expect(figures.acknowledged > 0, "no writer ever saved: the kills prove nothing")
    }

    struct KillFigures: CustomStringConvertible {
        var rounds = 0
        var kills = 0
        var acknowledged = 0
        var revisions = 0
        /// Rounds after which a temporary file was on disk: a writer died mid-save.
        var leftTemporaryFile = 0

        var description: String {
            "\(rounds) rounds, \(kills) kills, \(acknowledged) acknowledged saves, \(revisions) revisions in the end, "
                + "\(leftTemporaryFile) rounds left a temporary file"
        }
    }

    /// Starts, delays and kills `writersPerRound` writers per round, checking after each round what a
    /// reader sees; then one more save (which must remove any leftover) and every invariant of the store.
    /// The first kill of a round comes after the spread delay, the others within 10 ms of the previous.
    private func killWriters(
        of id: ProjectID, rounds: Int, seed: UInt64, launcher: [String] = [],
        writersPerRound: Int = 1
    ) throws -> KillFigures {
        var random = RandomProjects(seed: seed)  // the suite's SplitMix64, for the delays only
        var acknowledged: [(tag: String, number: Int)] = []
        var figures = KillFigures(rounds: rounds)
        let slot = 50_000 / rounds
        for round in 0..<rounds {
            let writers = try (0..<writersPerRound).map { index in
                try StressWriter(store: storePath, project: id, saves: 1_000_000, tag: "k\(index)", launcher: launcher)
            }
            for (index, writer) in writers.enumerated() {
                guard case .loaded = writer.next() else {
                    Issue.record("writer \(round).\(index) did not start: \(writer.finish())")
                    return figures
                }
            }
            for (index, writer) in writers.enumerated() {
                usleep(index == 0 ? UInt32(round * slot) + UInt32(random.next() % UInt64(slot)) : UInt32(random.next() % 10_000))
                writer.child.kill()
            }
            for writer in writers {
                let outcome = writer.finish()
                figures.kills += 1
                #expect(outcome.killedBySignal && !outcome.timedOut, "writer \(round) ended by itself: \(outcome.errors)")
                #expect(!writer.events.contains { if case .other = $0 { true } else { false } }, "\(writer.events)")
                acknowledged += writer.acknowledged.map { (writer.tag, $0) }
            }
            if try !StoreInvariants.temporaryFiles(in: storePath, project: id).isEmpty { figures.leftTemporaryFile += 1 }

            // Readers never see a save that died: the latest revision is a whole one, at least the last acknowledged.
            let store = try FileProjectStore(root: storePath)
            let latest = try store.latestRevisionNumber(of: id)
            #expect(latest >= (acknowledged.map(\.number).max() ?? 1))
            #expect(throws: Never.self) { try store.revision(latest, of: id) }
            #expect(try store.projectIDs() == [id])
        }
        figures.acknowledged = acknowledged.count

        // A leftover temporary file may remain until the next save, which removes it.
        let repository = ProjectRepository(store: try FileProjectStore(root: storePath))
        var loaded = try repository.load(id)
        let next = loaded.revision.number + 1
        loaded.project.plan.append(PlanAction(id: ActionID("s-clean-r\(next)")!, kind: .autre, status: .aFaire, intitule: "après"))
        _ = try repository.save(loaded.project, basedOn: loaded.revision.number, author: .person, message: "après les kills")
        acknowledged.append(("clean", next))
        #expect(try StoreInvariants.temporaryFiles(in: storePath, project: id).isEmpty)
        figures.revisions = next

        try StoreInvariants.expectNothingLost(in: storePath, project: id, acknowledged: acknowledged)
        return figures
    }

    // MARK: Races

    /// Two writers load the same revision, then are released together: whoever takes the lock first
    /// saves, the other must get a conflict, not overwrite. Five times over, on the growing project.
    @Test func twoWritersOnOneBaseOneSavesTheOtherConflicts() throws {
        let id = try importSample()
        var acknowledged: [(tag: String, number: Int)] = []
        for round in 0..<5 {
            let writers = try ["a", "b"].map { try StressWriter(store: storePath, project: id, saves: 1, tag: "\($0)\(round)", wait: true) }
            let bases = writers.map { $0.next() }
            #expect(bases == [.loaded(round + 1), .loaded(round + 1)])
            writers.forEach { $0.release() }
            let results = writers.map { $0.next() }
            #expect(results.filter { $0 == .ack(round + 2) }.count == 1, "\(results)")
            #expect(results.filter { $0 == .conflict }.count == 1, "\(results)")
            for writer in writers {
                writer.child.closeInput()  // the loser, reloaded and waiting again, stops here
                let outcome = writer.finish()
                #expect(outcome.status == 0 && !outcome.killedBySignal, "\(outcome.errors)")
                acknowledged += writer.acknowledged.map { (writer.tag, $0) }
            }
        }
        #expect(acknowledged.count == 5)
        try StoreInvariants.expectNothingLost(in: storePath, project: id, acknowledged: acknowledged)
    }

    /// Four processes making ten saves each, reloading on every conflict, while this process keeps
    /// reading: 40 acknowledged saves are exactly 40 new revisions, each holding its writer's change
    /// on top of all earlier ones, and no read ever fails or sees a gap.
    @Test func concurrentWritersReloadingOnConflictLoseNoUpdate() throws {
        let id = try importSample()
        let (processes, saves) = (4, 10)
        let writers = try (0..<processes).map { try StressWriter(store: storePath, project: id, saves: saves, tag: "p\($0)") }
        let reader = try FileProjectStore(root: storePath)
        var reads = 0
        while writers.contains(where: { $0.child.process.isRunning }) {
            let numbers = try reader.history(of: id).map(\.number)
            #expect(numbers == Array(1...numbers.count))
            _ = try reader.revision(numbers.count, of: id)
            reads += 1
        }
        var acknowledged: [(tag: String, number: Int)] = []
        var conflicts = 0
        for writer in writers {
            let outcome = writer.finish()
            #expect(outcome.status == 0 && !outcome.killedBySignal, "\(writer.tag): \(outcome.errors)")
            #expect(writer.acknowledged.count == saves)
            acknowledged += writer.acknowledged.map { (writer.tag, $0) }
            conflicts += writer.conflicts
        }
        #expect(try FileProjectStore(root: storePath).latestRevisionNumber(of: id) == 1 + processes * saves)
        #expect(Set(acknowledged.map(\.number)) == Set(2...(1 + processes * saves)))
        try StoreInvariants.expectNothingLost(in: storePath, project: id, acknowledged: acknowledged)
        print(
            "concurrent writers: \(processes) processes × \(saves) saves, \(acknowledged.count) acknowledged, "
                + "\(conflicts) conflicts, \(reads) full reads of the history meanwhile")
    }

    /// Projects created and erased over and over (by another thread, through its own store value)
    /// while this one verifies the store, loads every listed project as `jalon list` does, and runs
    /// `jalon list`: a project erased between the listing and the read is skipped, never an error or
    /// a false alarm.
    @Test func readersSkipProjectsErasedWhileTheyRead() throws {
        let stable = try importSample()
        final class Churn: Sendable {
            let finished = Mutex(false)
            let errors = Mutex<[String]>([])
        }
        let (churn, storePath, rounds) = (Churn(), storePath, 200)
        let sample = try TestFiles.bytes(TestFiles.sample("lea-gray-lyceenne.xml"))
        Thread {
            do {
                let store = try FileProjectStore(root: storePath)
                for _ in 0..<rounds {
                    // The sample's id is taken by `stable`, so every import gets a fresh one.
                    let id = try ProjectRepository(store: store).importDocument(sample, sourceName: "churn.xml", author: .person).project.id
                    try store.erase(id)
                }
            } catch {
                churn.errors.withLock { $0.append("\(error)") }
            }
            churn.finished.withLock { $0 = true }
        }.start()

        let repository = ProjectRepository(store: try FileProjectStore(root: storePath))
        var (reads, skipped, listings) = (0, 0, 0)
        while !churn.finished.withLock({ $0 }) {
            let report = try FileProjectStore(root: storePath).verify()
            #expect(report.isIntact, "\(report.problems)")
            let ids = try repository.store.projectIDs()
            let loaded = try ids.compactMap { try repository.loadIfPresent($0) }
            #expect(loaded.map(\.project.id).contains(stable))
            skipped += ids.count - loaded.count
            reads += 1
            if reads % 5 == 0 {  // and `jalon list`, from another process
                let list = try ChildProcess.run(ChildProcess.product("jalon"), ["list", "--store", storePath, "--lang", "en"])
                #expect(list.status == 0 && list.output.contains { $0.hasPrefix(stable.rawValue) }, "\(list)")
                listings += 1
            }
        }
        #expect(churn.errors.withLock { $0 }.isEmpty)
        print(
            "readers during churn: \(rounds) projects created and erased, \(reads) verifications and listings, "
                + "\(skipped) projects erased between listing and reading, \(listings) runs of jalon list")
    }
}
