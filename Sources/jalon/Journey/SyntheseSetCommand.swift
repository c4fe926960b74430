import ArgumentParser
import JalonCore
import JalonLocale

/// `jalon synthese set ID TEXT…`: replaces the synthèse's paragraphs, one per argument; when it was
/// last shared is kept, since sharing is a separate act.
struct SyntheseSetCommand: ProjectEditCommand {
    static let configuration = CommandConfiguration(
        commandName: "set",
        abstract: L("Écrit la synthèse : chaque argument est un paragraphe.", "Writes the summary: each argument is a paragraph."),
        discussion: L("Exemple : jalon synthese set 5f0c… \"Je vise le métier d’aide-soignant.\" \"Je commence par une immersion.\"",
                      "Example: jalon synthese set 5f0c… \"I aim at becoming a care assistant.\" \"I start with an immersion.\""))

    @OptionGroup var global: GlobalOptions
    @OptionGroup var project: ProjectIDArgument
    @Argument(help: ArgumentHelp(L("Les paragraphes.", "The paragraphs."), valueName: "TEXT"))
    var text: [String] = []

    func validate() throws { _ = try paragraphs() }

    func paragraphs() throws -> [String] {
        let paragraphs = text.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
        guard !paragraphs.isEmpty, !paragraphs.contains(where: \.isEmpty) else {
            throw ValidationError(L("la synthèse demande au moins un paragraphe, et aucun vide",
                                    "the summary needs at least one paragraph, and no empty one"))
        }
        return paragraphs
    }

    func edit(_ project: inout Project, language: Language) throws -> String {
        let paragraphes = try paragraphs()
        var synthese = project.synthese ?? Synthese()
        guard synthese.paragraphes != paragraphes else {
            throw CommandFailure(message: language.pick(fr: "la synthèse a déjà ce texte : rien n’est enregistré",
                                                        en: "the summary already has this text: nothing saved"),
                                 exitCode: JalonExitCode.invalidData)
        }
        synthese.paragraphes = paragraphes
        project.synthese = synthese
        project.recordChange(of: .synthese)
        return language.pick(fr: "Synthèse écrite (\(paragraphes.count) paragraphe(s))",
                             en: "Summary written (\(paragraphes.count) paragraph(s))")
    }

    func run() throws {
        let language = RunLanguage.current
        _ = try paragraphs()
        try reportingFailures {
            try mutateProject(global, project.id) { try edit(&$0, language: language) }
            print(language.pick(fr: "Synthèse enregistrée.", en: "Summary saved."))
        }
    }
}
