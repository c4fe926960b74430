import BenchmarkSupport
import Foundation

/// The project the commands are timed on, built with the binary being measured: a person halfway
/// through the journey (profile, 12 centres rated, the 48 answers, two experiences with their core
/// skills, suggestions and paths saved), as `status` and `metiers suggest` meet one in real use.
struct BenchmarkProject {
    let id: String
    let store: String
    let document: String
    let summary: String

    static func prepare(jalon: String, store: String, document: String) throws -> BenchmarkProject {
        func run(_ arguments: String...) throws -> String { try ProcessRun.output(jalon, arguments + ["--store", store]) }
        let id = try run("init", "--name", "Sophie").trimmingCharacters(in: .whitespacesAndNewlines)
        _ = try run(
            "profil", "set", id, "--situation", "salarie", "--diplome", "3", "--commune", "25056", "--commune-nom", "Besançon",
            "--departement", "25", "--mobilite", "30")
        for (centre, note) in [(22, 4), (4, 4), (23, 3), (21, 3), (5, 3), (6, 2), (18, 2), (27, 2), (24, 2), (3, 1), (15, 0), (19, 0)] {
            _ = try run("interests", "rate", id, "\(centre)", "\(note)")
        }
        let answers = ["r", "i", "a", "s", "e", "c"].enumerated().flatMap { index, type in
            (1...8).map { "\(type)\($0)=\([1, 1, 1, 4, 2, 3][index] - ($0 % 4 == 0 && index > 2 ? 1 : 0))" }
        }.joined(separator: ",")
        _ = try run("interests", "answer", id, "--answers", answers)
        _ = try run("skills", "add-experience", id, "20560", "--years", "6", "--accept-core")
        _ = try run("skills", "add-experience", id, "10805", "--years", "1", "--nature", "benevolat")
        _ = try run("metiers", "suggest", id)
        _ = try run("trainings", id, "J1501")
        _ = try run("export", id, "-o", document)
        let size = (try? FileManager.default.attributesOfItem(atPath: document)[.size] as? Int) ?? 0
        return BenchmarkProject(id: id, store: store, document: document, summary: "\(size / 1024) KiB, 19 revisions")
    }
}
