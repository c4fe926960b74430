import Foundation
import JalonCore
import JalonDossier
import JalonStore
import JalonTestSupport

/// A seeded caseload: `count` varied XML dossiers spread over counsellors' folders (steps, kept
/// targets, plans, notes, shared data and dates all vary; one in 50 is a plain project document, one
/// in 100 was edited after export), with a few broken files a real caseload has (truncated copies,
/// dossiers altered into schema-invalid ones, text saved as .xml). Same seed, same bytes.
struct CaseloadGenerator {
    var count: Int
    var seed: UInt64 = 0x4A41_4C4F_4E52_4556
    var now = Timestamp.now()

    /// What was written: the folder's files and how many of them are broken on purpose.
    struct Written {
        var files: Int
        var broken: Int
        var bytes: Int
    }

    static let metiers: [(String, String)] = [
        ("J1501", "Aide-soignant / Aide-soignante"), ("K2111", "Formateur / Formatrice"),
        ("D1106", "Vendeur / Vendeuse en alimentation"), ("I1310", "Mécanicien / Mécanicienne de maintenance industrielle"),
        ("I1304", "Technicien / Technicienne de maintenance industrielle"), ("H2912", "Régleur / Régleuse d'équipements industriels"),
        ("N1101", "Conducteur / Conductrice de chariot élévateur"), ("K1302", "Assistant / Assistante de vie aux familles"),
        ("G1602", "Cuisinier / Cuisinière"), ("M1607", "Secrétaire"), ("J1506", "Infirmier / Infirmière"),
        ("D1214", "Vendeur / Vendeuse en habillement"), ("F1602", "Électricien / Électricienne du bâtiment"),
        ("A1203", "Jardinier / Jardinière d'espaces verts"), ("K2204", "Agent / Agente de nettoyage de locaux"),
        ("M1203", "Comptable"), ("G1803", "Serveur / Serveuse en restauration"), ("N4101", "Conducteur / Conductrice de poids lourd"),
        ("K1207", "Intervenant / Intervenante d'action sociale"), ("E1103", "Rédacteur / Rédactrice"),
    ]
    static let prenoms = ["Sophie", "Karim", "Léa", "Nadia", "Yanis", "Camille", "Mehdi", "Inès", "Thomas", "Aïcha",
                          "Julien", "Chloé", "Moussa", "Émilie", "Hugo", "Sarah", "Bastien", "Fatou", "Lucas", "Zoé"]

    func write(into folder: String) throws -> Written {
        var random = SeededGenerator(seed: seed)
        var broken = 0, bytes = 0
        for index in 0..<count {
            let subfolder = folder + "/conseiller-\(index % 8)"
            if index < 8 { try FileManager.default.createDirectory(atPath: subfolder, withIntermediateDirectories: true) }
            let project = project(index, &random)
            var document = index % 50 == 7 ? ProjectCodec.encode(project) : DossierXML.encode(try dossier(of: project, &random))
            switch index % 500 {
            case 137: document = Array(document.prefix(document.count / 2)); broken += 1
            case 271: document = Array("Nom;Étape;Piste\nDossier \(index);plan;J1501\n".utf8); broken += 1
            case 409: document = replacing("etat=\"en-cours\"", with: "etat=\"bientot\"", in: document); broken += 1
            case let rest where rest % 100 == 61: document = replacing("<nomAffiche>", with: "<nomAffiche>Modifié ", in: document)
            default: break
            }
            bytes += document.count
            try Data(document).write(to: URL(fileURLWithPath: subfolder + "/dossier-\(String(format: "%05d", index)).xml"))
        }
        return Written(files: count, broken: broken, bytes: bytes)
    }

    private func replacing(_ text: String, with replacement: String, in document: [UInt8]) -> [UInt8] {
        Array(String(decoding: document, as: UTF8.self).replacingOccurrences(of: text, with: replacement).utf8)
    }

    /// The dossier of `project` as exported after its last save, with a revision summary.
    func dossier(of project: Project, _ random: inout SeededGenerator) throws -> Dossier {
        let created = project.metadata.created.secondsSince1970, updated = project.metadata.updated.secondsSince1970
        let revisions = Int.random(in: 1...12, using: &random)
        let history = (1...revisions).map { number in
            DossierRevision(number: number, created: Timestamp(secondsSince1970: created + (updated - created) * Int64(number) / Int64(revisions)),
                            role: number % 4 == 0 ? "counsellor" : "person", counsellorName: number % 4 == 0 ? "Mme Durand" : nil,
                            message: number == 1 ? "Création du projet" : "Étape \(number)")
        }
        let share: DossierShare = Bool.random(using: &random) ? [.name, .place] : .none
        return try Dossier.make(from: project, revision: revisions, share: share, exported: project.metadata.updated, history: history)
    }

    func project(_ index: Int, _ random: inout SeededGenerator) -> Project {
        let created = Timestamp(secondsSince1970: now.secondsSince1970 - Int64.random(in: 20...400, using: &random) * 86_400)
        let updated = Timestamp(secondsSince1970: Int64.random(in: created.secondsSince1970...now.secondsSince1970, using: &random))
        var project = Project.started(displayName: Self.prenoms.randomElement(using: &random)! + " \(index)", at: created)
        project.metadata.updated = updated
        let current = Step.allCases.randomElement(using: &random)!
        project.progression.current = current
        for step in Step.allCases {
            project.progression[step] = step > current ? .nonCommencee
                : step == current ? .enCours : (Int.random(in: 0..<7, using: &random) == 0 ? .aRevoir : .terminee)
        }
        project.profil = Profil(nomAffiche: project.metadata.titre, mobiliteKm: Int.random(in: 5...80, using: &random),
                                situation: Situation.allCases.randomElement(using: &random))
        if current >= .interets {
            project.interets = Interets(centres: (1...30).shuffled(using: &random).prefix(Int.random(in: 3...30, using: &random)).map {
                CentreInteretRating(centre: CentreInteretCode($0)!, rating: Rating(Int.random(in: 0...4, using: &random))!)
            })
        }
        if current >= .competences {
            project.competences = Competences(competences: (0..<Int.random(in: 0...15, using: &random)).map {
                Competence(libelle: "Savoir-faire \($0) : accueillir, organiser, contrôler", source: .declaree,
                           maitrise: Maitrise(rawValue: Int.random(in: 1...4, using: &random)))!
            })
        }
        var kept: [RomeCode] = []
        if current >= .pistes {
            let chosen = Self.metiers.shuffled(using: &random).prefix(Int.random(in: 0...8, using: &random))
            let keptCount = min(chosen.count, Int.random(in: 0...5, using: &random))
            let pistes = chosen.map { Piste(fiche: RomeCode($0.0)!, libelle: $0.1) }
            kept = pistes.prefix(keptCount).map(\.fiche)
            project.pistes = Pistes(
                retenues: pistes.prefix(keptCount).enumerated().map { Piste(fiche: $1.fiche, libelle: $1.libelle, rang: $0 + 1) },
                suggerees: pistes.dropFirst(keptCount).enumerated().map { Piste(fiche: $1.fiche, libelle: $1.libelle, rang: $0 + 1) })
        }
        if current >= .plan {
            project.plan = (0..<Int.random(in: 0...8, using: &random)).map { number in
                PlanAction(id: ActionID("a\(number + 1)")!, kind: PlanAction.Kind.allCases.randomElement(using: &random)!,
                           status: PlanAction.Status.allCases.randomElement(using: &random)!,
                           intitule: "Action \(number + 1) : rencontrer un professionnel, candidater",
                           date: Day(daysSinceEpoch: updated.day.daysSinceEpoch + Int.random(in: -30...60, using: &random)),
                           fiche: kept.randomElement(using: &random))
            }
        }
        project.notes = (0..<Int.random(in: 0...2, using: &random)).map { number in
            CounsellorNote(id: NoteID("n\(number + 1)")!, auteur: "Mme Durand", structure: "Mission locale", date: updated,
                           section: Step.allCases.filter { $0 <= current }.randomElement(using: &random)!,
                           status: CounsellorNote.Status.allCases.randomElement(using: &random)!,
                           texte: "Point fait en entretien : à reprendre au prochain rendez-vous.")
        }
        return project
    }
}
