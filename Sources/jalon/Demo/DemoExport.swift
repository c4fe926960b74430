import JalonCore
import JalonLocale
import JalonStore

/// The demo's last act, kept to this one function so that its format can change (to the HTML dossier)
/// without touching the walk: the finished project written next to the store, crash-safely.
enum DemoExport {
    /// Writes the project document and a readable summary into `folder`; returns their paths.
    static func write(_ id: ProjectID, from repository: ProjectRepository, into folder: String, language: Language) throws -> [String] {
        let base = folder + "/" + DemoPersona.name.lowercased()
        let document = base + "-projet.xml"
        try writeOutput(try repository.exportXML(id), to: document)
        let summary = base + language.pick(fr: "-resume.txt", en: "-summary.txt")
        try writeOutput(Array(ProjectSummaryText(loaded: try repository.load(id), language: language).text.utf8), to: summary)
        return [document, summary]
    }
}
