import ArgumentParser
import Foundation
import JalonCatalogue
import JalonCore
import JalonStore

/// `jalon demo`: one fictional person through the whole journey (`DemoJourney`), in a temporary store
/// unless `--store` names one, ending with the project document and the summary dossier (`DemoExport`).
struct DemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: L(
            "Déroule le parcours complet d’une personne fictive, étape par étape, dans un dossier temporaire.",
            "Walks a fictional person through the whole journey, step by step, in a temporary folder."),
        discussion: L(
            "Exemple : jalon demo   (ou jalon demo --store /tmp/jalon-demo pour garder le résultat)",
            "Example: jalon demo   (or jalon demo --store /tmp/jalon-demo to keep the result)"))

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let language = RunLanguage.current
        try reportingFailures {
            let storePath =
                global.store.map { StoreLocation.resolve(explicit: $0) }
                ?? FileManager.default.temporaryDirectory.appendingPathComponent("jalon-demo-\(UUID().uuidString.prefix(8).lowercased())").path
            let store = try FileProjectStore(root: storePath)
            let repository = ProjectRepository(store: store)
            print(language.pick(fr: "Démonstration de Jalon. ", en: "Jalon demo. ") + DemoPersona.introduction(language))
            print(language.pick(fr: "Dossier : \(storePath)", en: "Store: \(storePath)"))
            let journey = try DemoJourney(repository: repository, catalogue: Catalogue.bundled(), language: language)
            let project = try journey.run()

            print("")
            print(StatusJSON(project: project, language: language).text(language, style: .standardOutput))
            print("")
            let report = try store.verify()
            print(
                language.pick(
                    fr: "Vérification : \(report.revisionCount) révisions, \(report.isIntact ? "tout est intact" : "problèmes trouvés")",
                    en: "Verification: \(report.revisionCount) revisions, \(report.isIntact ? "all intact" : "problems found")"))
            for problem in report.problems { print("  ✗ " + problem.message(in: language)) }
            let exported = try DemoExport.write(project.id, from: repository, catalogue: journey.catalogue, into: storePath, language: language)
            print(language.pick(fr: "Document projet : \(exported.document)", en: "Project document: \(exported.document)"))
            print(
                language.pick(
                    fr: "Dossier de synthèse : \(exported.dossier) — ouvrez-le dans un navigateur",
                    en: "Summary dossier: \(exported.dossier) — open it in a browser"))
            // The workbook of the same project in a browser: the next thing a newcomer can try.
            let open = "jalon open --store \(storePath) \(project.id)"
            print(language.pick(fr: "Carnet web de ce projet : \(open)", en: "This project's web workbook: \(open)"))
            if !report.isIntact { throw ExitCode(JalonExitCode.invalidData) }
        }
    }
}
