import ArgumentParser
import JalonCore
import JalonLocale

/// `jalon interets rate ID CENTRE NOTE`: how much one of ROME's 30 centres d'intérêt speaks to the
/// person. Both numbers are checked before the project is read, so a bad one saves nothing.
struct InteretsRateCommand: ProjectEditCommand {
    static let configuration = CommandConfiguration(
        commandName: "rate",
        abstract: L("Note un centre d’intérêt (1 à 30) de 0 à 4.", "Rates a centre d’intérêt (1 to 30) from 0 to 4."),
        discussion: L("Exemple : jalon interets rate 5f0c… 22 4", "Example: jalon interets rate 5f0c… 22 4"))

    @OptionGroup var global: GlobalOptions
    @OptionGroup var project: ProjectIDArgument
    // Strings, so that "31" or "-1" reach validation and get a sentence rather than a parser error.
    @Argument(help: ArgumentHelp(L("Centre d’intérêt, 1 à 30.", "Centre d’intérêt, 1 to 30."), valueName: "CENTRE"))
    var centre: String
    @Argument(help: ArgumentHelp(L("Note, 0 (pas du tout) à 4 (tout à fait).", "Rating, 0 (not at all) to 4 (very much)."), valueName: "NOTE"))
    var note: String

    func validate() throws { _ = try validating { try projectEdit.checked() } }

    var projectEdit: RateCentresEdit {
        get throws {
            guard let code = Int(centre) else {
                throw ValidationError(
                    L("centre d’intérêt « \(centre) » inconnu (attendu : 1 à 30)", "unknown centre d’intérêt '\(centre)' (expected: 1 to 30)"))
            }
            guard let value = Int(note) else {
                throw ValidationError(L("note « \(note) » impossible (attendu : 0 à 4)", "impossible rating '\(note)' (expected: 0 to 4)"))
            }
            return RateCentresEdit(centre: code, rating: value)
        }
    }

    func run() throws {
        let language = RunLanguage.current
        let edit = try projectEdit
        let rated = try validating { try edit.checked()[0] }
        try reportingFailures {
            try applyEdit(global, project.id, edit)
            print(language.pick(fr: "Centre \(rated.centre) noté \(rated.rating)/4.", en: "Centre \(rated.centre) rated \(rated.rating)/4."))
        }
    }
}
