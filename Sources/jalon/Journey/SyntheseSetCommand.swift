import ArgumentParser
import JalonCore
import JalonLocale

/// `jalon synthese set ID TEXT…`: replaces the synthèse's paragraphs, one per argument; when it was
/// last shared is kept, since sharing is a separate act.
struct SyntheseSetCommand: ProjectEditCommand {
    static let configuration = CommandConfiguration(
        commandName: "set",
        abstract: L("Écrit la synthèse : chaque argument est un paragraphe.", "Writes the summary: each argument is a paragraph."),
        discussion: L(
            "Exemple : jalon synthese set 5f0c… \"Je vise le métier d’aide-soignant.\" \"Je commence par une immersion.\"",
            "Example: jalon synthese set 5f0c… \"I aim at becoming a care assistant.\" \"I start with an immersion.\""))

    @OptionGroup var global: GlobalOptions
    @OptionGroup var project: ProjectIDArgument
    @Argument(help: ArgumentHelp(L("Les paragraphes.", "The paragraphs."), valueName: "TEXT"))
    var text: [String] = []

    func validate() throws { _ = try validating { try projectEdit.checked() } }

    var projectEdit: SyntheseEdit { SyntheseEdit(paragraphes: text) }

    func run() throws {
        let language = RunLanguage.current
        try reportingFailures {
            try applyEdit(global, project.id, projectEdit)
            print(language.pick(fr: "Synthèse enregistrée.", en: "Summary saved."))
        }
    }
}
