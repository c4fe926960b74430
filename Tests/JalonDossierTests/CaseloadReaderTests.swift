import Foundation
import JalonCore
import JalonDossier
import JalonLocale
import JalonStore
import JalonTestSupport
import JalonXML
import Synchronization
import Testing

/// The reader of a caseload: each file parsed once (its project moved out of the envelope, not copied),
/// its verdict the same whichever worker read it and however many there were, rows in file order; and
/// what a hostile file costs is still bounded.
@Suite("Caseload reader: one parse per file, every core, the same verdicts")
final class CaseloadReaderTests {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("jalon-caseload-\(UUID().uuidString)").path

    init() throws { try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true) }
    deinit { try? FileManager.default.removeItem(atPath: folder) }
    static let review = CaseloadReview(now: Timestamp(iso8601: "2026-12-01T10:00:00Z")!)

    /// One file per verdict, named after what it should give.
    func writeCaseload() throws -> [String] {
        let dossier = try SampleDossiers.dossier("karim-montbeliard-reconversion.xml")
        let good = String(decoding: DossierXML.encode(dossier), as: UTF8.self)
        let signed = String(
            decoding: try DossierSignature.sign(dossier, with: DossierSignatureTests.key, now: DossierSignatureTests.now),
            as: UTF8.self)
        let files: [(String, String)] = [
            ("bon.xml", good),
            ("signe.xml", signed),
            // The project edited after export, still valid: read, flagged.
            (
                "altere-lisible.xml",
                good.replacingOccurrences(
                    of: "<libelle>Mécanicien / Mécanicienne de maintenance industrielle</libelle>",
                    with: "<libelle>Mécanicien</libelle>")
            ),
            // Edited into an invalid project: the alteration is what the row says.
            ("altere-illisible.xml", good.replacingOccurrences(of: "etat=\"en-cours\"", with: "etat=\"bientot\"")),
            // The envelope itself breaks its schema.
            ("enveloppe-invalide.xml", good.replacingOccurrences(of: "<historique>", with: "<historique><intrus/>")),
            // A prefix declared on the envelope: the project is copied out rather than moved, same verdict.
            (
                "prefixe.xml",
                good.replacingOccurrences(
                    of: "<dossier xmlns=\"urn:jalon:dossier:1\"",
                    with: "<dossier xmlns=\"urn:jalon:dossier:1\" xmlns:z=\"urn:z\"")
            ),
            ("tronque.xml", String(good.prefix(good.count / 2))),
            ("doctype.xml", "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><dossier>&e;</dossier>"),
            ("projet.xml", String(decoding: try SampleDossiers.bytes("Samples/karim-montbeliard-reconversion.xml"), as: UTF8.self))
        ]
        for (name, text) in files { try Data(text.utf8).write(to: URL(fileURLWithPath: folder + "/" + name)) }
        // Larger than the limit: refused on its size, before a byte is read (sparse, so the test stays cheap).
        let huge = folder + "/enorme.xml"
        try #require(FileManager.default.createFile(atPath: huge, contents: Data("<dossier>".utf8)))
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: huge))
        try handle.truncate(atOffset: UInt64(XMLParseLimits.default.maxBytes + 1))
        try handle.close()
        return CaseloadFiles.expand([folder])
    }

    func name(_ row: CaseloadRow) -> String { String(row.file.split(separator: "/").last ?? "") }

    @Test func verdictsOfEveryKindOfFile() throws {
        let files = try writeCaseload()
        let rows = CaseloadReader(review: Self.review, language: .fr).rows(for: files, workers: 2)
        #expect(rows.map(\.file) == files)
        let byName = Dictionary(uniqueKeysWithValues: rows.map { (name($0), $0) })
        for readable in ["bon.xml", "signe.xml", "prefixe.xml"] {
            #expect(byName[readable]?.summary?.fingerprintIntact == true, "\(readable): \(String(describing: byName[readable]?.readError))")
            #expect(byName[readable]?.summary?.kind == .dossier)
        }
        #expect(byName["bon.xml"]?.summary == byName["prefixe.xml"]?.summary)
        #expect(byName["altere-lisible.xml"]?.summary?.flags.contains(.fingerprintAltered) == true)
        #expect(byName["projet.xml"]?.summary?.kind == .project)
        let unreadable: [(String, String)] = [
            ("altere-illisible.xml", "dossier altéré depuis son export"), ("enveloppe-invalide.xml", "non conforme au schéma"),
            ("tronque.xml", "XML mal formé"), ("doctype.xml", "DOCTYPE"), ("enorme.xml", "fichier trop volumineux")
        ]
        for (file, words) in unreadable {
            let message = byName[file]?.readError?.message ?? "lu"
            #expect(message.contains(words), "\(file): \(message)")
        }
    }

    /// The same caseload, many times over, read by one worker and by several: the same rows, in the
    /// order of the files, whatever order the workers finished in.
    @Test func severalWorkersGiveTheRowsOfOneInFileOrder() throws {
        let files = Array(repeating: try writeCaseload(), count: 8).flatMap { $0 }
        let reader = CaseloadReader(review: Self.review, language: .fr)
        let alone = reader.rows(for: files, workers: 1)
        let counted = CountedProgress()
        let together = reader.rows(for: files, workers: 4) { counted.record($0) }
        #expect(together == alone)
        #expect(together.map(\.file) == files)
        #expect(counted.values == Array(1...files.count), "progress counts in order, once per file")
    }
}

/// The progress calls a reader made, from whichever worker.
private final class CountedProgress: Sendable {
    private let recorded = Mutex<[Int]>([])
    func record(_ done: Int) { recorded.withLock { $0.append(done) } }
    var values: [Int] { recorded.withLock { $0 } }
}
