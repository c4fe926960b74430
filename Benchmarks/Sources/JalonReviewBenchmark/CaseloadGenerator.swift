import BenchmarkSupport
import Foundation
import JalonCore
import JalonDossier
import JalonStore
import JalonTestSupport
import Synchronization

/// A seeded caseload of `count` dossiers the size and shape of the one `jalon demo` exports (the
/// demo's finished project: every step filled, suggestions with their reasons, training paths, a plan),
/// each varied: another person and name, other dates, the current step, ratings, kept targets, plan
/// statuses and dates, notes and consent. One in 50 is a plain project document, one in 100 was edited
/// after export, and a few are broken as in a real caseload (truncated copies, dossiers altered into
/// schema-invalid ones, text saved as .xml). Same seed and same demo, same bytes.
struct CaseloadGenerator {
    var count: Int
    /// The demo's finished project, as `jalon demo` wrote it.
    var demo: Project
    var seed: UInt64 = 0x4A41_4C4F_4E52_4556
    var now = Timestamp.now()

    /// What was written: the folder's files and how many of them are broken on purpose.
    struct Written {
        var files: Int
        var broken: Int
        var bytes: Int
    }

    static let prenoms = [
        "Sophie", "Karim", "Léa", "Nadia", "Yanis", "Camille", "Mehdi", "Inès", "Thomas", "Aïcha",
        "Julien", "Chloé", "Moussa", "Émilie", "Hugo", "Sarah", "Bastien", "Fatou", "Lucas", "Zoé"
    ]

    /// Runs `jalon demo` in a scratch store and reads back the project document it exports.
    static func demoProject(jalon: String, scratch: String) throws -> Project {
        _ = try ProcessRun.output(jalon, ["demo", "--store", scratch])
        guard let name = try FileManager.default.contentsOfDirectory(atPath: scratch).first(where: { $0.hasSuffix("-projet.xml") }) else {
            throw BenchmarkFailure("jalon demo wrote no *-projet.xml in \(scratch)")
        }
        let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: scratch + "/" + name)))
        return try ProjectCodec.decode(try ProjectDocumentLoader().load(bytes: bytes, sourceName: name).document)
    }

    /// Writes the files on every core: each file draws from its own generator (the seed and its index),
    /// so the bytes do not depend on which worker wrote it or when.
    func write(into folder: String) throws -> Written {
        for subfolder in 0..<8 {
            try FileManager.default.createDirectory(atPath: folder + "/conseiller-\(subfolder)", withIntermediateDirectories: true)
        }
        let totals = Mutex((broken: 0, bytes: 0, failure: String?.none))
        DispatchQueue.concurrentPerform(iterations: count) { index in
            do {
                let (document, broken) = try file(index)
                try Data(document).write(to: URL(fileURLWithPath: folder + "/conseiller-\(index % 8)/dossier-\(String(format: "%05d", index)).xml"))
                totals.withLock {
                    $0.broken += broken ? 1 : 0; $0.bytes += document.count
                }
            } catch {
                totals.withLock { $0.failure = $0.failure ?? "file \(index): \(error)" }
            }
        }
        let written = totals.withLock { $0 }
        if let failure = written.failure { throw BenchmarkFailure(failure) }
        return Written(files: count, broken: written.broken, bytes: written.bytes)
    }

    /// File `index`'s bytes, and whether it is broken on purpose.
    private func file(_ index: Int) throws -> ([UInt8], Bool) {
        var random = SeededGenerator(seed: seed ^ (UInt64(index) &* 0x9E37_79B9_7F4A_7C15))
        let project = project(index, &random)
        var document = index % 50 == 7 ? ProjectCodec.encode(project) : DossierXML.encode(try dossier(of: project, &random))
        var broken = true
        switch index % 500 {
        case 137: document = Array(document.prefix(document.count / 2))
        case 271: document = Array("Nom;Étape;Piste\nDossier \(index);plan;J1501\n".utf8)
        case 409: document = replacing("etat=\"en-cours\"", with: "etat=\"bientot\"", in: document)
        case let rest where rest % 100 == 61:
            document = replacing("<nomAffiche>", with: "<nomAffiche>Modifié ", in: document)
            broken = false
        default: broken = false
        }
        return (document, broken)
    }

    private func replacing(_ text: String, with replacement: String, in document: [UInt8]) -> [UInt8] {
        Array(String(decoding: document, as: UTF8.self).replacingOccurrences(of: text, with: replacement).utf8)
    }

    /// The dossier of `project` as exported after its last save, with a revision summary.
    func dossier(of project: Project, _ random: inout SeededGenerator) throws -> Dossier {
        let created = project.metadata.created.secondsSince1970, updated = project.metadata.updated.secondsSince1970
        let revisions = Int.random(in: 8...24, using: &random)
        let history = (1...revisions).map { number in
            DossierRevision(
                number: number, created: Timestamp(secondsSince1970: created + (updated - created) * Int64(number) / Int64(revisions)),
                role: number % 4 == 0 ? "counsellor" : "person", counsellorName: number % 4 == 0 ? "Mme Durand" : nil,
                message: number == 1 ? "Création du projet" : "Étape \(number)")
        }
        let share: DossierShare = Bool.random(using: &random) ? [.name, .place] : .none
        return try Dossier.make(from: project, revision: revisions, share: share, exported: project.metadata.updated, history: history)
    }

    /// The demo's project for person `index`: its sections kept, their content varied.
    func project(_ index: Int, _ random: inout SeededGenerator) -> Project {
        let created = Timestamp(secondsSince1970: now.secondsSince1970 - Int64.random(in: 20...400, using: &random) * 86_400)
        let updated = Timestamp(secondsSince1970: Int64.random(in: created.secondsSince1970...now.secondsSince1970, using: &random))
        var project = Project.started(displayName: Self.prenoms.randomElement(using: &random)! + " \(index)", at: created)
        project.metadata.updated = updated
        project.profil = demo.profil
        project.profil?.nomAffiche = project.metadata.titre
        project.interets = demo.interets
        if var interets = project.interets {
            interets.centres = interets.centres.map { CentreInteretRating(centre: $0.centre, rating: Rating(Int.random(in: 0...4, using: &random))!) }
            project.interets = interets
        }
        project.competences = demo.competences
        project.suggestions = demo.suggestions
        project.parcours = demo.parcours
        project.synthese = demo.synthese
        // Kept targets: the demo's, sometimes fewer (those set aside go back among the suggested ones),
        // in another order; the trainings chosen for a target set aside go with it.
        project.pistes = demo.pistes
        if var pistes = project.pistes {
            let shuffled = pistes.retenues.shuffled(using: &random)
            let keptCount = Int.random(in: 0...shuffled.count, using: &random)
            pistes.retenues = shuffled.prefix(keptCount).enumerated().map { Piste(fiche: $1.fiche, libelle: $1.libelle, rang: $0 + 1) }
            pistes.suggerees += shuffled.dropFirst(keptCount).enumerated().map {
                Piste(fiche: $1.fiche, libelle: $1.libelle, rang: pistes.suggerees.count + $0 + 1)
            }
            project.pistes = pistes
            let kept = Set(pistes.retenues.map(\.fiche))
            project.formations = demo.formations.filter { kept.contains($0.fiche) }
        }
        let current = Step.allCases.randomElement(using: &random)!
        project.progression = demo.progression
        project.progression.current = current
        project.progression[current] = .enCours
        if Int.random(in: 0..<5, using: &random) == 0 { project.progression[.interets] = .aRevoir }
        project.plan = demo.plan.map { action in
            var action = action
            action.status = PlanAction.Status.allCases.randomElement(using: &random)!
            action.date = Day(daysSinceEpoch: updated.day.daysSinceEpoch + Int.random(in: -30...60, using: &random))
            return action
        }
        if Bool.random(using: &random) { project.plan.removeLast(min(project.plan.count, Int.random(in: 0...3, using: &random))) }
        project.notes = (0..<Int.random(in: 0...3, using: &random)).map { number in
            CounsellorNote(
                id: NoteID("n\(number + 1)")!, auteur: "Mme Durand", structure: "Mission locale", date: updated,
                section: Step.allCases.filter { $0 <= current }.randomElement(using: &random)!,
                status: CounsellorNote.Status.allCases.randomElement(using: &random)!,
                texte: "Point fait en entretien : à reprendre au prochain rendez-vous.")
        }
        return project
    }
}
