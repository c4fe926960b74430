import JalonCatalogue
import JalonCore
import JalonDossier
import JalonLocale
import JalonStore

/// The demo's last act: the finished project written next to the store, crash-safely, as the full
/// project document (what `import` reads back) and as the summary dossier a person would send, the
/// HTML page `jalon export --format html` writes, sharing nothing personal (the default consent).
enum DemoExport {
    struct Written {
        var document: String
        var dossier: String
    }

    static func write(_ id: ProjectID, from repository: ProjectRepository, catalogue: Catalogue, into folder: String, language: Language) throws -> Written {
        let base = folder + "/" + DemoPersona.name.lowercased()
        let written = Written(document: base + "-projet.xml", dossier: base + "-dossier.html")
        try writeOutput(try repository.exportXML(id), to: written.document)
        let dossier = try DossierBuilder(repository: repository, catalogue: catalogue).dossier(id, share: .none)
        try writeOutput(Array(DossierHTML.render(dossier, language: language).utf8), to: written.dossier)
        return written
    }
}
