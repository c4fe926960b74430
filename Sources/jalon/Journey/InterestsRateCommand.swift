import ArgumentParser
import JalonCore
import JalonLocale

/// `jalon interests rate ID CENTRE NOTE`: how much one of ROME's 30 centres d'intérêt speaks to the
/// person. Both numbers are checked before the project is read, so a bad one saves nothing.
struct InterestsRateCommand: ProjectEditCommand {
    static let configuration = CommandConfiguration(
        commandName: "rate",
        abstract: L("Note un centre d’intérêt (1 à 30) de 0 à 4.", "Rates a centre d’intérêt (1 to 30) from 0 to 4."),
        discussion: L("Exemple : jalon interests rate 5f0c… 22 4", "Example: jalon interests rate 5f0c… 22 4"))

    @OptionGroup var global: GlobalOptions
    @OptionGroup var project: ProjectIDArgument
    // Strings, so that "31" or "-1" reach validation and get a sentence rather than a parser error.
    @Argument(help: ArgumentHelp(L("Centre d’intérêt, 1 à 30.", "Centre d’intérêt, 1 to 30."), valueName: "CENTRE"))
    var centre: String
    @Argument(help: ArgumentHelp(L("Note, 0 (pas du tout) à 4 (tout à fait).", "Rating, 0 (not at all) to 4 (very much)."), valueName: "NOTE"))
    var note: String

    func validate() throws { _ = try rating() }

    func rating() throws -> CentreInteretRating {
        guard let code = Int(centre).flatMap(CentreInteretCode.init) else {
            throw ValidationError(L("centre d’intérêt « \(centre) » inconnu (attendu : 1 à 30)",
                                    "unknown centre d’intérêt '\(centre)' (expected: 1 to 30)"))
        }
        guard let value = Int(note).flatMap(Rating.init) else {
            throw ValidationError(L("note « \(note) » impossible (attendu : 0 à 4)", "impossible rating '\(note)' (expected: 0 to 4)"))
        }
        return CentreInteretRating(centre: code, rating: value)
    }

    func edit(_ project: inout Project, language: Language) throws -> String {
        let rated = try rating()
        var interets = project.interets ?? Interets()
        guard interets.rating(of: rated.centre) != rated.rating else {
            throw CommandFailure(message: language.pick(fr: "le centre \(rated.centre) a déjà la note \(rated.rating) : rien n’est enregistré",
                                                        en: "centre \(rated.centre) already has rating \(rated.rating): nothing saved"),
                                 exitCode: JalonExitCode.invalidData)
        }
        interets.centres.removeAll { $0.centre == rated.centre }
        interets.centres.append(rated)
        interets.centres.sort { $0.centre < $1.centre }
        project.interets = interets
        // Suggestions were ranked from the old interests: later finished steps go à revoir.
        project.recordChange(of: .interets)
        return language.pick(fr: "Centre d’intérêt \(rated.centre) noté \(rated.rating)",
                             en: "Centre d’intérêt \(rated.centre) rated \(rated.rating)")
    }

    func run() throws {
        let language = RunLanguage.current
        let rated = try rating()
        try reportingFailures {
            try mutateProject(global, project.id) { try edit(&$0, language: language) }
            print(language.pick(fr: "Centre \(rated.centre) noté \(rated.rating)/4.", en: "Centre \(rated.centre) rated \(rated.rating)/4."))
        }
    }
}
