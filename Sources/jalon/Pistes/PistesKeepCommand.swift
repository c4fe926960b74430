import ArgumentParser
import JalonCore
import JalonLocale

/// `jalon pistes keep ID CODE [--note TEXT]`: the person keeps a métier as a piste (step 4). It joins
/// the kept pistes after those already there, with its catalogue label, leaving the suggested or
/// set-aside list if it was there; the note is kept as the person's remark on it.
struct PistesKeepCommand: ProjectEditCommand {
    static let configuration = CommandConfiguration(
        commandName: "keep",
        abstract: L(
            "Retient un métier comme piste (cinq au plus), avec une remarque si vous voulez.",
            "Keeps a job as a piste (five at most), with a remark if you wish."),
        discussion: L(
            """
            La piste prend le rang suivant les pistes déjà retenues ; les étapes suivantes terminées passent « à revoir ».
            Exemple : jalon pistes keep 5f0c… J1501 --note "Stage de trois semaines en EHPAD"
            """,
            """
            The piste takes the rank after the pistes already kept; later finished steps become “to review”.
            Example: jalon pistes keep 5f0c… J1501 --note "Three-week internship in a care home"
            """))

    @OptionGroup var global: GlobalOptions
    @OptionGroup var project: ProjectIDArgument
    @OptionGroup var fiche: FicheCodeArgument
    @Option(
        help: ArgumentHelp(L("Remarque gardée avec la piste.", "Remark kept with the piste."), valueName: "TEXT"),
        transform: trimmedText(option: "--note"))
    var note: String?

    var projectEdit: KeepMetierEdit { KeepMetierEdit(fiche: fiche.code.rawValue, note: note) }

    func run() throws {
        let language = RunLanguage.current
        let code = fiche.code
        try reportingFailures {
            let result = try applyEdit(global, project.id, resources: try EditResources.load(catalogue: true), projectEdit).result.change
            let (kept, label, earlier) = (result.piste, result.label, result.earlier)
            switch earlier {
            case .retenue:
                print(language.pick(fr: "Remarque ajoutée à la piste \(code) \(label).", en: "Remark added to piste \(code) \(label)."))
            case .ecartee:
                print(
                    language.pick(
                        fr: "Piste retenue : \(code) \(label), rang \(kept.rang!) (elle était écartée).",
                        en: "Piste kept: \(code) \(label), rank \(kept.rang!) (it had been set aside)."))
            default:
                print(language.pick(fr: "Piste retenue : \(code) \(label), rang \(kept.rang!).", en: "Piste kept: \(code) \(label), rank \(kept.rang!)."))
            }
        }
    }
}
