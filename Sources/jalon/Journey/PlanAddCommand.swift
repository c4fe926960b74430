import ArgumentParser
import JalonCore
import JalonLocale

/// `jalon plan add ID TEXT --date YYYY-MM-DD`: a new action, planned for today or later.
struct PlanAddCommand: ProjectEditCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: L("Ajoute une action datée au plan.", "Adds a dated action to the plan."),
        discussion: L("Exemple : jalon plan add 5f0c… \"Immersion en EHPAD\" --date 2027-01-15 --kind immersion --fiche J1501",
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

    static var kinds: String { PlanAction.Kind.allCases.map(\.rawValue).joined(separator: ", ") }

    func validate() throws { _ = try action(id: ActionID("a1")!) }

    /// The action the options describe, or the sentence saying which one is wrong.
    func action(id: ActionID) throws -> PlanAction {
        let intitule = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !intitule.isEmpty else { throw ValidationError(L("l’intitulé de l’action ne peut pas être vide", "the action's text cannot be empty")) }
        guard let day = Day(iso8601: date) else {
            throw ValidationError(L("date « \(date) » invalide (attendu : AAAA-MM-JJ, un jour qui existe)",
                                    "invalid date '\(date)' (expected: YYYY-MM-DD, a day that exists)"))
        }
        guard day >= today() else {
            throw ValidationError(L("la date \(date) est passée : une action du plan se prévoit à partir d’aujourd’hui (\(today()))",
                                    "the date \(date) is in the past: a plan action is planned from today (\(today()))"))
        }
        guard let kind = PlanAction.Kind(rawValue: kind) else {
            throw ValidationError(L("type d’action inconnu « \(kind) » (attendu : \(Self.kinds))", "unknown action kind '\(kind)' (expected: \(Self.kinds))"))
        }
        var code: RomeCode?
        if let fiche {
            guard let parsed = RomeCode(fiche) else {
                throw ValidationError(L("« \(fiche) » n’est pas un code de fiche ROME (une lettre A–N et 4 chiffres, comme J1501)",
                                        "'\(fiche)' is not a ROME fiche code (a letter A–N and 4 digits, like J1501)"))
            }
            code = parsed
        }
        return PlanAction(id: id, kind: kind, status: .planifiee, intitule: intitule, date: day, fiche: code)
    }

    func edit(_ project: inout Project, language: Language) throws -> String {
        let action = try action(id: nextLocalID(prefix: "a", after: project.plan.map(\.id)))
        // The document ties an action's fiche to a kept piste (schema keyref): say so before saving.
        let kept = project.pistes?.retenues.map(\.fiche) ?? []
        if let fiche = action.fiche, !kept.contains(fiche) {
            let list = kept.isEmpty ? language.pick(fr: "aucune", en: "none") : kept.map(\.rawValue).joined(separator: ", ")
            throw CommandFailure(message: language.pick(fr: "la fiche \(fiche) n’est pas une piste retenue du projet (retenues : \(list))",
                                                        en: "fiche \(fiche) is not a kept piste of the project (kept: \(list))"),
                                 exitCode: JalonExitCode.invalidData)
        }
        project.plan.append(action)
        // The synthèse summarises the plan: a new action makes a finished one worth rereading.
        project.recordChange(of: .plan)
        return language.pick(fr: "Action \(action.id) ajoutée au plan : \(action.intitule)", en: "Action \(action.id) added to the plan: \(action.intitule)")
    }

    func run() throws {
        let language = RunLanguage.current
        try reportingFailures {
            let saved = try mutateProject(global, project.id) { try edit(&$0, language: language) }
            if let added = saved.plan.last { print(language.pick(fr: "Action \(added.id) ajoutée (\(added.date!)).", en: "Action \(added.id) added (\(added.date!)).")) }
        }
    }
}
