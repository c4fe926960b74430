import ArgumentParser
import Foundation
import JalonCore
import JalonStore

struct DemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: L("Déroule le parcours d’une personne fictive, étape par étape, dans un dossier temporaire.",
                    "Walks a fictional person through the journey, step by step, in a temporary folder."),
        discussion: L("Exemple : jalon demo   (ou jalon demo --store /tmp/jalon-demo pour garder le résultat)",
                      "Example: jalon demo   (or jalon demo --store /tmp/jalon-demo to keep the result)"))

    @OptionGroup var global: GlobalOptions

    func run() throws {
        try reportingFailures {
            let storePath = global.store.map { StoreLocation.resolve(explicit: $0) }
                ?? FileManager.default.temporaryDirectory.appendingPathComponent("jalon-demo-\(UUID().uuidString.prefix(8))").path
            let store = try FileProjectStore(root: storePath)
            let repository = ProjectRepository(store: store)
            print(L("Dossier de stockage : \(storePath)", "Store: \(storePath)"))

            var project = Project.started(displayName: DemoPersona.name)
            var revision = try repository.create(project, author: .person, message: L("Création du projet", "Project created"))
            print(L("Projet \(project.id) créé (révision 1).", "Project \(project.id) created (revision 1)."))
            for step in DemoPersona.steps {
                step.apply(&project)
                revision = try repository.save(project, basedOn: revision.number, author: .person, message: step.message)
                print("  r\(revision.number)  \(step.message)")
            }

            print("")
            print(ProjectOverview(loaded: try repository.load(project.id)).text)

            print("")
            print(L("Ce qui a changé entre la révision 3 et la révision 5 :", "What changed from revision 3 to revision 5:"))
            print(DiffText(diff: try repository.diff(project.id, from: 3, to: 5)).text, terminator: "")

            let report = try store.verify()
            print(L("Vérification : \(report.revisionCount) révision(s), \(report.isIntact ? "tout est intact" : "problèmes : \(report.problems.map { $0.message(in: .fr) })")",
                    "Verification: \(report.revisionCount) revision(s), \(report.isIntact ? "all intact" : "problems: \(report.problems.map { $0.message(in: .en) })")"))

            let exportPath = storePath + "/\(DemoPersona.name.lowercased())-projet.xml"
            try writeOutput(try repository.exportXML(project.id), to: exportPath)
            print(L("Document projet exporté : \(exportPath)", "Project document exported: \(exportPath)"))
        }
    }
}
