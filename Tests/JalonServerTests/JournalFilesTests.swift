import Foundation
import JalonCore
import Testing

@testable import JalonServer

/// The file journal's rotation by size and by age, and its retention purge, which never rewrites the
/// file being appended to and never loses a line a writer still holds open.
@Suite("Access journal files: rotation and retention")
struct JournalFilesTests {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("jalon-journal-\(UUID().uuidString.lowercased())").path

    static func entry(_ time: String, _ operation: String = "project.read") -> AccessJournal.Entry {
        AccessJournal.Entry(time: time, subject: "personne-1", role: "person", operation: operation, project: nil, outcome: 200)
    }

    @Test("past journalRotateBytes the file is renamed with its date and a new one begun; nothing is lost")
    func rotatesBySize() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let storage = try FileJournalStorage(path: folder + "/journal.jsonl", rotation: .init(maxBytes: 4096, maxAgeSeconds: 86_400 * 30))
        let written = (0..<100).map { Self.entry(String(format: "2026-12-07T10:%02d:%02dZ", $0 / 60, $0 % 60), "op.\($0)") }
        for entry in written { try storage.append([entry]) }
        let rotated = try storage.rotatedFiles()
        let total = try written.map { try FileJournalStorage.line($0).count }.reduce(0, +)
        #expect(rotated.count >= total / 4096 && rotated.count >= 2, "\(total) bytes in \(rotated.count + 1) files")
        for file in rotated + [storage.path] {
            let size = try FileManager.default.attributesOfItem(atPath: file)[.size] as? Int ?? 0
            #expect(size <= 4096, "\(file): \(size) bytes")
            #expect((try FileManager.default.attributesOfItem(atPath: file)[.posixPermissions] as? Int) == 0o600)
        }
        #expect(rotated.allSatisfy { ($0 as NSString).lastPathComponent.hasPrefix("journal-20261207T10") })
        #expect(try storage.entries() == written)
    }

    @Test("a file whose first line is journalRotateDays old is rotated at the next entry")
    func rotatesByAge() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let storage = try FileJournalStorage(path: folder + "/journal.jsonl", rotation: .init(maxBytes: 1 << 20, maxAgeSeconds: 86_400 * 30))
        try storage.append([Self.entry("2026-01-01T08:00:00Z")])
        try storage.append([Self.entry("2026-01-20T08:00:00Z")])
        #expect(try storage.rotatedFiles().isEmpty)
        try storage.append([Self.entry("2026-02-05T08:00:00Z")])
        #expect(try storage.rotatedFiles().map { ($0 as NSString).lastPathComponent.prefix(24) } == ["journal-20260205T080000Z"])
        // A new process reads the age of the current file from its first line.
        let reopened = try FileJournalStorage(path: folder + "/journal.jsonl", rotation: .init(maxBytes: 1 << 20, maxAgeSeconds: 86_400 * 30))
        try reopened.append([Self.entry("2026-03-10T08:00:00Z")])
        #expect(try reopened.rotatedFiles().count == 2)
        #expect(try reopened.entries().map(\.time) == ["2026-01-01T08:00:00Z", "2026-01-20T08:00:00Z", "2026-02-05T08:00:00Z", "2026-03-10T08:00:00Z"])
    }

    @Test("retention: old rotated files go, a mixed one is rewritten, the current one is rotated first; another writer keeps appending")
    func retentionPurge() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let rotation = FileJournalStorage.Rotation(maxBytes: 1 << 20, maxAgeSeconds: 86_400 * 30)
        let storage = try FileJournalStorage(path: folder + "/journal.jsonl", rotation: rotation)
        let other = try FileJournalStorage(path: folder + "/journal.jsonl", rotation: rotation)  // another server on the same file
        try storage.append([Self.entry("2024-01-01T08:00:00Z")])
        try storage.append([Self.entry("2024-03-01T08:00:00Z")])  // rotates: the 2024-01 file holds old lines only
        try storage.append([Self.entry("2026-11-30T08:00:00Z")])  // rotates: the 2024-03 file
        try other.append([Self.entry("2026-12-01T08:00:00Z")])
        #expect(try storage.rotatedFiles().count == 2)
        try storage.purge(olderThan: Timestamp(iso8601: "2026-01-01T00:00:00Z")!)
        #expect(try storage.rotatedFiles().isEmpty)  // every line of both was old: removed whole
        #expect(try storage.entries().map(\.time) == ["2026-11-30T08:00:00Z", "2026-12-01T08:00:00Z"])
        // The current file holds an old line: rotated first, then rewritten without it.
        try storage.purge(olderThan: Timestamp(iso8601: "2026-12-01T00:00:00Z")!)
        #expect(try storage.rotatedFiles().count == 1)
        try other.append([Self.entry("2026-12-02T08:00:00Z")])
        try storage.append([Self.entry("2026-12-03T08:00:00Z")])
        #expect(try other.entries().map(\.time) == ["2026-12-01T08:00:00Z", "2026-12-02T08:00:00Z", "2026-12-03T08:00:00Z"])
    }

    @Test("the purge runs again while the server runs, not only when the journal is opened")
    func periodicPurge() async throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let journal = try AccessJournal(
            storage: try FileJournalStorage(path: folder + "/journal.jsonl"), pseudonym: nil, retentionDays: 30,
            purgeInterval: .milliseconds(100))
        // Written after the opening purge, as a line that ages past the retention period while the server runs.
        try journal.storage.append([Self.entry("2020-01-01T00:00:00Z")])
        try await journal.record(Self.entry(Timestamp.now().description))
        var left = try journal.storage.entries().count
        for _ in 0..<50 where left != 1 {
            try await Task.sleep(for: .milliseconds(100))
            left = try journal.storage.entries().count
        }
        #expect(try journal.storage.entries().map(\.time).allSatisfy { !$0.hasPrefix("2020") })
        #expect(left == 1)
    }
}
