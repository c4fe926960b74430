import ArgumentParser
import JalonCore
import JalonLocale

/// `jalon partage ID [--conseiller SUJET (--donnees … --sections … | --defaut)]`: shows the person's
/// sharing choice, or changes it for one counsellor (one revision). What a counsellor may see through
/// the server, and in the dossiers it exports for them, follows it.
struct PartageCommand: ProjectEditCommand {
    static let configuration = CommandConfiguration(
        commandName: "partage",
        abstract: L(
            "Ce que chaque conseiller peut voir du projet : l’afficher, ou le choisir pour un conseiller.",
            "What each counsellor may see of the project: show it, or choose it for one counsellor."),
        discussion: L(
            """
            Sans choix, un conseiller voit toutes les étapes et rien de personnel.
            Données : \(PersonalDatum.allCases.map(\.rawValue).joined(separator: ", ")), all, none.
            Sections : \(Step.allCases.map(\.rawValue).joined(separator: ", ")), all, none.
            Exemple : jalon partage 5f0c… --conseiller conseillere-1 --donnees name,place --sections all
            """,
            """
            Without a choice, a counsellor sees every step and nothing personal.
            Data: \(PersonalDatum.allCases.map(\.rawValue).joined(separator: ", ")), all, none.
            Sections: \(Step.allCases.map(\.rawValue).joined(separator: ", ")), all, none.
            Example: jalon partage 5f0c… --conseiller conseillere-1 --donnees name,place --sections all
            """))

    @OptionGroup var global: GlobalOptions
    @OptionGroup var project: ProjectIDArgument
    @Option(help: ArgumentHelp(L("Le conseiller (son identifiant d’accès).", "The counsellor (their access identifier)."), valueName: "SUJET"))
    var conseiller: String?
    @Option(help: ArgumentHelp(L("Données personnelles qu’il peut voir.", "Personal data they may see."), valueName: "MOTS"))
    var donnees: String?
    @Option(help: ArgumentHelp(L("Étapes qu’il peut voir (all par défaut).", "Steps they may see (all by default)."), valueName: "MOTS"))
    var sections: String?
    @Flag(help: ArgumentHelp(L("Revenir au partage par défaut pour ce conseiller.", "Go back to the default sharing for this counsellor.")))
    var defaut = false

    func validate() throws {
        if conseiller == nil, donnees != nil || sections != nil || defaut {
            throw ValidationError(L("--donnees, --sections et --defaut demandent --conseiller", "--donnees, --sections and --defaut need --conseiller"))
        }
        if defaut, donnees != nil || sections != nil {
            throw ValidationError(L("--defaut exclut --donnees et --sections", "--defaut excludes --donnees and --sections"))
        }
        if conseiller != nil, !defaut, donnees == nil, sections == nil {
            throw ValidationError(
                L(
                    "dites ce que le conseiller peut voir : --donnees, --sections ou --defaut",
                    "say what the counsellor may see: --donnees, --sections or --defaut"))
        }
        _ = try validating { try projectEdit }
    }

    /// The change the options describe (`--defaut`: back to the default).
    var projectEdit: ConsentEdit {
        get throws {
            func words(_ text: String?) -> [String]? { text.map { $0.split(separator: ",").map(String.init) } }
            return try ConsentEdit(counsellor: conseiller ?? "", personal: words(donnees), sections: words(sections))
        }
    }

    func run() throws {
        let language = RunLanguage.current
        try reportingFailures {
            let shown =
                try conseiller == nil
                ? global.repository().load(project.id).project
                : applyEdit(global, project.id, projectEdit).project
            print(language.pick(fr: "Par défaut : toutes les étapes, rien de personnel.", en: "By default: every step, nothing personal."))
            for counsellor in shown.consent.counsellors {
                let grant = shown.consent.grant(for: counsellor)
                let data = grant.personal.sorted().map(\.rawValue).joined(separator: ", ")
                let steps = Step.allCases.filter(grant.sections.contains).map(\.rawValue).joined(separator: ", ")
                print(
                    "\(counsellor) : "
                        + language.pick(
                            fr: "données \(data.isEmpty ? "aucune" : data) ; étapes \(steps.isEmpty ? "aucune" : steps)",
                            en: "data \(data.isEmpty ? "none" : data); steps \(steps.isEmpty ? "none" : steps)"))
            }
        }
    }
}
