import Foundation
import JalonCore
import Testing

@testable import JalonStore

/// One `JalonStoreStress` process (Tests/JalonStoreStress) writing to a store, and what it said.
final class StressWriter {
    enum Event: Equatable {
        case loaded(Int)
        case ack(Int)
        case conflict
        case other(String)

        init(_ line: String) {
            let words = line.split(separator: " ")
            switch (words.first, words.count == 2 ? Int(words[1]) : nil) {
            case ("loaded", let number?): self = .loaded(number)
            case ("ack", let number?): self = .ack(number)
            case ("conflict", nil) where words.count == 1: self = .conflict
            default: self = .other(line)
            }
        }
    }

    let tag: String
    let child: ChildProcess
    private(set) var events: [Event] = []

    /// Starts a writer that makes `saves` acknowledged saves; with `wait`, it holds each save until
    /// `release()`. A `launcher` (fiu-run and its options) runs it under another program, which must exec it.
    init(store: String, project: ProjectID, saves: Int, tag: String, wait: Bool = false, launcher: [String] = []) throws {
        self.tag = tag
        var arguments = [store, project.rawValue, String(saves), "--tag", tag]
        if wait { arguments.append("--wait") }
        let writer = ChildProcess.product("JalonStoreStress")
        if let program = launcher.first {
            child = try ChildProcess(URL(fileURLWithPath: program), launcher.dropFirst() + [writer.path] + arguments)
        } else {
            child = try ChildProcess(writer, arguments)
        }
    }

    /// The writer's next event, waiting for it; nil once it has exited.
    func next() -> Event? {
        guard let line = child.readLine() else { return nil }
        let event = Event(line)
        events.append(event)
        return event
    }

    func release() { child.send("go") }

    /// Waits for the end (after `kill()` or by itself) and records everything it still said.
    func finish() -> ChildProcess.Outcome {
        let outcome = child.finish()
        events += outcome.output.map(Event.init)
        return outcome
    }

    var acknowledged: [Int] { events.compactMap { if case .ack(let number) = $0 { number } else { nil } } }
    var conflicts: Int { events.filter { $0 == .conflict }.count }
}

/// What every cross-process test checks once its writers are gone.
enum StoreInvariants {
    /// The store verifies, the revisions run 1…N, every acknowledged revision is there with its
    /// writer's content, and the latest revision holds every writer's action: no save was lost,
    /// none overwrote another.
    static func expectNothingLost(
        in storePath: String, project id: ProjectID, acknowledged: [(tag: String, number: Int)],
        sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        let store = try FileProjectStore(root: storePath)
        let report = try store.verify()
        #expect(report.isIntact, "\(report.problems)", sourceLocation: sourceLocation)
        let numbers = try store.history(of: id).map(\.number)
        #expect(numbers == Array(1...max(1, numbers.count)), sourceLocation: sourceLocation)
        #expect(
            Set(acknowledged.map(\.number)).count == acknowledged.count, "a revision acknowledged twice",
            sourceLocation: sourceLocation)

        let repository = ProjectRepository(store: store)
        for (tag, number) in acknowledged {
            let ids = try repository.load(id, revision: number).project.plan.map(\.id.rawValue)
            #expect(
                ids.last == "s-\(tag)-r\(number)", "revision \(number) acknowledged to \(tag)",
                sourceLocation: sourceLocation)
        }
        // Each save appends to the revision it loaded, so the latest holds one action per revision after 1.
        let latest = try repository.load(id).project.plan.map(\.id.rawValue).filter { $0.hasPrefix("s-") }
        #expect(
            latest.map { $0.split(separator: "-").last! } == numbers.dropFirst().map { "r\($0)" },
            sourceLocation: sourceLocation)
    }

    /// Names of files in the project's folder that a save in flight writes before its rename.
    static func temporaryFiles(in storePath: String, project id: ProjectID) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: "\(storePath)/projects/\(id.rawValue)").filter { $0.hasPrefix(".tmp-") }
    }
}
