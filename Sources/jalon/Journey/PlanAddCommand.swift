import ArgumentParser
import JalonCore
import JalonLocale

/// `jalon plan add ID TEXT --date YYYY-MM-DD`: a new action, planned for today or later.
struct PlanAddCommand: ProjectEditCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: L("Ajoute une action datée au plan.", "Adds a dated action to the plan."),
        discussion: L(
            "Exemple : jalon plan add 5f0c… \"Immersion en EHPAD\" --date 2027-01-15 --kind immersion --fiche J1501",
            "Example: jalon plan add 5f0c… \"Immersion in a care home\" --date 2027-01-15 --kind immersion --fiche J1501"))

    @OptionGroup var global: GlobalOptions
    @OptionGroup var project: ProjectIDArgument
    @Argument(help: ArgumentHelp(L("Intitulé de l’action.", "What the action is."), valueName: "TEXT"))
    var text: String
    @Option(help: ArgumentHelp(L("Jour prévu, aujourd’hui ou après.", "Planned day, today or later."), valueName: "YYYY-MM-DD"))
    var date: String
    @Option(help: ArgumentHelp(L("Type : \(Self.kinds).", "Kind: \(Self.kinds)."), valueName: "KIND"))
    var kind = PlanAction.Kind.autre.rawValue
    @Option(help: ArgumentHelp(L("Fiche ROME explorée par l’action.", "ROME fiche the action explores."), valueName: "CODE"))
    var fiche: String?

    static var kinds: String { AddPlanActionEdit.kinds }

    func validate() throws { _ = try validating { try projectEdit.action(id: ActionID("a1")!, today: today()) } }

    var projectEdit: AddPlanActionEdit { AddPlanActionEdit(text: text, date: date, kind: kind, fiche: fiche) }

    func run() throws {
        let language = RunLanguage.current
        try reportingFailures {
            let added = try applyEdit(global, project.id, projectEdit).result.change
            print(language.pick(fr: "Action \(added.id) ajoutée (\(added.date!)).", en: "Action \(added.id) added (\(added.date!))."))
        }
    }
}
