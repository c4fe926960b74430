import ArgumentParser
import JalonCore
import JalonLocale

/// `jalon pistes drop ID CODE`: the person sets a métier aside (step 4). The piste moves to the
/// set-aside list with its remarks, and `metiers suggest` never proposes it again. Nothing is deleted
/// unsaid: the formations recorded towards it, which the format ties to kept pistes, are named as they leave
/// (earlier revisions keep them).
struct PistesDropCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "drop",
        abstract: L(
            "Écarte un métier : il quitte les pistes retenues ou suggérées et n’est plus proposé.",
            "Sets a job aside: it leaves the kept or suggested pistes and is no longer proposed."),
        discussion: L(
            """
            La piste garde ses remarques parmi les pistes écartées ; les formations enregistrées vers elle (choisies ou non) sont retirées et nommées \
            (les révisions précédentes les gardent).
            Exemple : jalon pistes drop 5f0c… H2913
            """,
            """
            The piste keeps its remarks among the pistes set aside; the formations recorded towards it (chosen or not) are removed and named \
            (earlier revisions keep them).
            Example: jalon pistes drop 5f0c… H2913
            """))

    @OptionGroup var global: GlobalOptions
    @OptionGroup var project: ProjectIDArgument
    @OptionGroup var fiche: FicheCodeArgument

    func run() throws {
        let language = RunLanguage.current
        let code = fiche.code
        try reportingFailures {
            let dropped = try applyEdit(
                global, project.id, resources: try EditResources.load(catalogue: true),
                DropMetierEdit(fiche: code.rawValue)
            ).result.change
            let removed = dropped.removedFormations
            let name = dropped.piste.libelle.map { "\(code) \($0)" } ?? code.rawValue
            print(
                language.pick(
                    fr: "Piste écartée : \(name) ; jalon pistes suggest ne la proposera plus.",
                    en: "Piste set aside: \(name); jalon pistes suggest will no longer propose it."))
            guard !removed.isEmpty else { return }
            print(
                language.pick(
                    fr: "Parcours retirés avec elle (les révisions précédentes les gardent) :",
                    en: "Paths removed with it (earlier revisions keep them):"))
            for formation in removed {
                let certification = formation.certification?.rawValue ?? language.pick(fr: "sans certification", en: "no certification")
                print(
                    "  \(certification) \(formation.intitule ?? "") — \(TrainingPathsView.voie(formation.voie, language))"
                        + (formation.choisie ? language.pick(fr: " (choisi)", en: " (chosen)") : ""))
            }
        }
    }
}
